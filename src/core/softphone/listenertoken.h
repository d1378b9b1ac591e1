#pragma once

#include <QString>

namespace steadyline::softphone {

// The secret that call-event URLs must carry (a web page in the consultant's browser can reach
// 127.0.0.1 too, and so can other users of the machine). Kept in `folder`/softphone-token,
// readable by the user alone; made on first use (32 random bytes, hex). Empty with `error` set
// when it cannot be read or made, or when the file is not the user's own private file.
[[nodiscard]] QString loadOrCreateListenerToken(const QString &folder, QString *error);

inline const QString kListenerTokenFileName = QStringLiteral("softphone-token");

// http://127.0.0.1:PORT/call-event?token=TOKEN — the start of every call-event URL.
[[nodiscard]] QString listenerUrl(quint16 port, const QString &token);

} // namespace steadyline::softphone
