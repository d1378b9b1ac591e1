#include "softphone/playbookrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace steadyline::softphone {

namespace {

// The context is the namespace's: lupdate files a free function's tr() there, so the two agree
// (tests/i18n checks a message of this file in Polish).
QString tr(const char *text)
{
    return QCoreApplication::translate("steadyline::softphone", text);
}

bool matches(const QString &pattern, const QString &value)
{
    if (value.isEmpty())
        return false;
    const QRegularExpression expression(QRegularExpression::wildcardToRegularExpression(pattern),
                                        QRegularExpression::CaseInsensitiveOption);
    return expression.match(value).hasMatch();
}

} // namespace

PlaybookRules parsePlaybookRules(const QString &text)
{
    PlaybookRules result;
    static const QRegularExpression playbookId(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString where = tr("line %1: ").arg(i + 1);
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals < 0) {
            result.problems << where + tr("a rule is PATTERN = PLAYBOOK-ID (e.g. +420* = complaint-cs).");
            continue;
        }
        PlaybookRule rule;
        rule.pattern = line.left(equals).trimmed();
        rule.playbookId = line.mid(equals + 1).trimmed();
        if (rule.pattern.startsWith(QStringLiteral("queue:"), Qt::CaseInsensitive)) {
            rule.field = PlaybookRule::Field::Queue;
            rule.pattern = rule.pattern.mid(6).trimmed();
        } else {
            rule.pattern.remove(QRegularExpression(QStringLiteral("[\\s\\-.()]")));
        }
        if (rule.pattern.isEmpty()) {
            result.problems << where + tr("the pattern before \"=\" is empty.");
            continue;
        }
        if (!playbookId.match(rule.playbookId).hasMatch()) {
            result.problems << where + tr("\"%1\" is not a playbook id (lower-case letters, digits and dashes).")
                                           .arg(rule.playbookId);
            continue;
        }
        result.rules.push_back(rule);
    }
    return result;
}

QString playbookForCall(const PlaybookRules &rules, const QString &number, const QString &queue)
{
    for (const PlaybookRule &rule : rules.rules) {
        const QString &value = rule.field == PlaybookRule::Field::Queue ? queue : number;
        if (matches(rule.pattern, value))
            return rule.playbookId;
    }
    return {};
}

} // namespace steadyline::softphone
