#pragma once

#include <QString>
#include <QStringList>

#include <cstdio>
#include <string>

class QCommandLineParser;

namespace steadyline::cli {

// What every command writes with: UTF-8 text to the terminal, and the same words for wrong usage.

// For nlohmann::json, which holds UTF-8.
[[nodiscard]] std::string utf8(const QString &text);

void write(std::FILE *stream, const QString &text);
void writeLine(std::FILE *stream, const QString &text);

// The journal's folder: `dataDir` (from --data-dir), or the user's data folder when it is empty.
[[nodiscard]] QString journalFolder(const QString &dataDir);

// "steadyline COMMAND: MESSAGE" and where to read the usage, on `err`; returns UsageError.
int usageError(std::FILE *err, const QString &message, const QString &command);

// Parses a command's own arguments with `parser` (its options already added; --help is added
// here). Returns false when the command should stop at once, with `exitCode` set: wrong usage
// (reported on `err`) or --help (printed on `out`).
bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &command, std::FILE *out,
                  std::FILE *err, int &exitCode);

} // namespace steadyline::cli
