#include "journal/sqliteerror.h"

#include <QCoreApplication>
#include <QSqlError>

namespace steadyline::journal {

namespace {

// SQLite's primary result codes.
enum SqliteCode : int {
    kSqliteError = 1,
    kSqliteBusy = 5,
    kSqliteLocked = 6,
    kSqliteNoMem = 7,
    kSqliteReadOnly = 8,
    kSqliteIoErr = 10,
    kSqliteCorrupt = 11,
    kSqliteFull = 13,
    kSqliteCantOpen = 14,
    kSqliteTooBig = 18,
    kSqliteConstraint = 19,
    kSqliteMismatch = 20,
    kSqliteRange = 25,
    kSqliteNotADb = 26,
};

QString plainWords(int code)
{
    switch (code) {
    case kSqliteBusy:
    case kSqliteLocked:
        return QCoreApplication::translate(
            "steadyline::journal", "The journal is in use by another program (perhaps Steadyline is running twice).");
    case kSqliteNoMem:
        return QCoreApplication::translate("steadyline::journal",
                                           "The computer ran out of memory while using the journal.");
    case kSqliteReadOnly:
        return QCoreApplication::translate("steadyline::journal",
                                           "The journal cannot be written: the file or its folder is read-only.");
    case kSqliteIoErr:
        return QCoreApplication::translate("steadyline::journal",
                                           "The disk reported an error while writing the journal.");
    case kSqliteCorrupt:
    case kSqliteNotADb: return QCoreApplication::translate("steadyline::journal", "The journal file is damaged.");
    case kSqliteFull:
        return QCoreApplication::translate("steadyline::journal",
                                           "The disk is full, so the journal cannot be written.");
    case kSqliteCantOpen:
        return QCoreApplication::translate(
            "steadyline::journal",
            "The journal file cannot be opened: check that its folder exists and may be written.");
    case kSqliteConstraint:
        return QCoreApplication::translate("steadyline::journal",
                                           "The journal refused the entry because it does not fit the record "
                                           "(for example, its call is not in the journal).");
    default: return QCoreApplication::translate("steadyline::journal", "The journal could not be used.");
    }
}

} // namespace

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : kUnknownCode;
}

bool isCorruption(int code)
{
    return code == kSqliteCorrupt || code == kSqliteNotADb;
}

bool isPermanent(int code)
{
    switch (code) {
    case kSqliteError:
    case kSqliteTooBig:
    case kSqliteConstraint:
    case kSqliteMismatch:
    case kSqliteRange:
    case kLogicError: return true;
    default: return false;
    }
}

QString sqliteErrorText(const QSqlError &error)
{
    QString text = plainWords(sqliteCode(error));
    // The extended code ("778": a failed write) tells more than SQLite's English sentence, in any
    // language. Without one the failure is Qt's own ("Driver not loaded"), in Qt's translation.
    if (!error.nativeErrorCode().isEmpty())
        text += QLatin1Char(' ') +
                QCoreApplication::translate("steadyline::journal", "(SQLite error %1)").arg(error.nativeErrorCode());
    else if (!error.driverText().isEmpty())
        text += QStringLiteral(" (%1)").arg(error.driverText());
    return text;
}

} // namespace steadyline::journal
