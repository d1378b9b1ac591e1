#include "actionsuggestion.h"

#include "common/suggestion.h"

#include <QRegularExpression>
#include <QStringList>

#include <array>
#include <utility>

namespace steadyline {

QString closestActionType(const QString &written)
{
    const QStringList known{QStringLiteral("log_event"), QStringLiteral("request_promise"),
                            QStringLiteral("notify_supervisor"), QStringLiteral("end_call")};
    if (const QString spelled = closestMatch(written, known); !spelled.isEmpty())
        return spelled;
    // Words authors use for what each action does, the action's own words included.
    static const std::array<std::pair<const char *, const char *>, 4> wordsFor{{
        {"log_event", "log event note record write journal"},
        {"request_promise", "request promise commitment agree agreement"},
        {"notify_supervisor", "notify supervisor manager boss lead leader security guard escalate alert call help"},
        {"end_call", "end call hang hangup up finish stop close terminate disconnect"},
    }};
    static const QRegularExpression separators(QStringLiteral("[^a-z]+"));
    const QStringList words = written.toLower().split(separators, Qt::SkipEmptyParts);
    QString best;
    int bestShared = 0;
    for (const auto &[action, vocabulary] : wordsFor) {
        const QStringList actionWords = QString::fromLatin1(vocabulary).split(QLatin1Char(' '));
        int shared = 0;
        for (const QString &word : words)
            shared += actionWords.contains(word) ? 1 : 0;
        if (shared > bestShared) {
            bestShared = shared;
            best = QString::fromLatin1(action);
        }
    }
    return best;
}

} // namespace steadyline
