#pragma once

#include <QSettings>

namespace steadyline::settingsfile {

// The format of Steadyline's settings file: INI as QSettings writes it, read by our own parser
// so that a value is only ever a string, a number, a flag or a byte array. QSettings' own INI
// reader decodes "@Variant(…)" values with QDataStream, whose length prefixes a damaged or
// hostile file can set to gigabytes, and it accepts that form quoted, escaped (\x40), as a list
// element or split over lines; closing every spelling is not possible from outside, so such
// values are simply never decoded here.
//
// Reading: lines end in \n, \r\n or \r; blank lines and lines starting with ';' or '#' are
// comments; "[section]" starts a group ("General" is the top level); "key=value" with the key
// percent-decoded ('\' in a key is '/'); a value is trimmed, may be quoted, and takes Qt's
// escapes (\\ \" \n \t \xHH \ooo …); "@@…" is a string starting with '@', "@ByteArray(…)" a
// byte array, and any other value starting with '@' is ignored (the setting keeps its default).
// Writing produces the same INI that QSettings writes, so an older file reads the same.
[[nodiscard]] QSettings::Format format();

// The parser and writer themselves (format() registers them with QSettings).
bool read(QIODevice &device, QSettings::SettingsMap &map);
bool write(QIODevice &device, const QSettings::SettingsMap &map);

} // namespace steadyline::settingsfile
