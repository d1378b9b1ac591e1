#include "suggestion.h"

#include <algorithm>
#include <vector>

namespace steadyline {

namespace {

qsizetype editDistance(const QString &a, const QString &b)
{
    std::vector<qsizetype> previous(static_cast<std::size_t>(b.size()) + 1);
    std::vector<qsizetype> current(previous.size());
    for (std::size_t j = 0; j < previous.size(); ++j)
        previous[j] = static_cast<qsizetype>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype substitution = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
            const auto uj = static_cast<std::size_t>(j);
            current[uj] = std::min({previous[uj] + 1, current[uj - 1] + 1, previous[uj - 1] + substitution});
        }
        std::swap(previous, current);
    }
    return previous.back();
}

} // namespace

QString closestMatch(const QString &word, const QStringList &candidates)
{
    // Long names of files a user edits by hand: only suggest what is plausibly a typo.
    if (word.size() > 200)
        return {};
    QString best;
    qsizetype bestDistance = std::max<qsizetype>(2, word.size() / 3) + 1;
    for (const QString &candidate : candidates) {
        if (candidate.size() > 200)
            continue;
        const qsizetype distance = editDistance(word, candidate);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best;
}

DiagnosticText didYouMean(const QString &word, const QStringList &candidates)
{
    const QString match = closestMatch(word, candidates);
    return match.isEmpty()
               ? DiagnosticText()
               : DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", " Did you mean '%1'?")).arg(match);
}

} // namespace steadyline
