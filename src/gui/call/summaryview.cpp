#include "summaryview.h"

#include "common/labels.h"
#include "training/trainingrun.h"
#include "widgets/clocktime.h"

#include <QLocale>

namespace steadyline::gui {

QString SummaryView::outcomeText(CallOutcome outcome)
{
    return callOutcomeLabel(outcome);
}

QString SummaryView::callHtml(const CallSession &call)
{
    const CallSummary summary = call.summary();
    const qint64 seconds = summary.started.secsTo(summary.ended);
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p><table cellspacing=\"0\" cellpadding=\"3\">")
            .arg(tr("Call summary").toHtmlEscaped(), tr("%1 – %2 (%3 min %4 s) · outcome: <b>%5</b>")
                                                         .arg(clockTime(summary.started), clockTime(summary.ended))
                                                         .arg(seconds / 60)
                                                         .arg(seconds % 60)
                                                         .arg(outcomeText(summary.outcome).toHtmlEscaped()));
    const Playbook &playbook = call.engine().playbook();
    for (const TransitionRecord &record : summary.timeline) {
        const Step *step = playbook.findStep(record.toStep);
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3%4</td></tr>")
                    .arg(clockTime(record.wallTime), step->label.toHtmlEscaped(),
                         call.engine().renderText(step->title).toHtmlEscaped(),
                         record.cause == TransitionCause::Undo ? tr(" (undo)") : QString());
    }
    html += QStringLiteral("</table>");
    if (!summary.promises.empty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Promises").toHtmlEscaped());
        for (const CallPromise &promise : summary.promises)
            html += QStringLiteral("<li>%1 %2</li>").arg(clockTime(promise.at), promise.text.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!summary.notes.empty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Notes").toHtmlEscaped());
        for (const CallNote &note : summary.notes)
            html += QStringLiteral("<li>%1 %2</li>").arg(clockTime(note.at), note.text.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

namespace {

// Where a mistake happened, as the trainee saw it: the caller's line at that turn (the turn's id
// is a name only the scenario's author knows).
QString callerLineAt(const TrainingRun &run, const QString &turn)
{
    for (const TranscriptLine &line : run.transcript()) {
        if (line.speaker == TranscriptLine::Speaker::Caller && line.turn == turn && !line.text.isEmpty())
            return line.text;
    }
    return turn;
}

} // namespace

QString SummaryView::rehearsalHtml(const TrainingRun &run, const TrainingResult &result)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Rehearsal: %1").arg(run.scenario().title).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg((result.passed ? tr("Passed: %1 of %2 points (%3 %, pass mark %4 %)")
                                    : tr("Not passed: %1 of %2 points (%3 %, pass mark %4 %)"))
                         .arg(result.score)
                         .arg(result.max)
                         .arg(result.percent)
                         .arg(result.passMark)
                         .toHtmlEscaped());
    if (!result.endingText.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(result.endingText.toHtmlEscaped());
    if (result.mistakes.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No mistakes.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<h4>%1</h4><ol>").arg(tr("Mistakes and what to do instead").toHtmlEscaped());
        for (const TrainingMistake &mistake : result.mistakes) {
            html += QStringLiteral("<li>%1%2<br/><i>%3</i><br/><small>%4</small></li>")
                        .arg(mistake.critical ? tr("Critical: ").toHtmlEscaped() : QString(),
                             mistake.message.toHtmlEscaped(), mistake.advice.toHtmlEscaped(),
                             tr("at turn '%1'").arg(callerLineAt(run, mistake.turn)).toHtmlEscaped());
        }
        html += QStringLiteral("</ol>");
    }
    html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Transcript").toHtmlEscaped());
    for (const TranscriptLine &line : run.transcript()) {
        const QString who = line.speaker == TranscriptLine::Speaker::Caller    ? tr("Caller")
                            : line.speaker == TranscriptLine::Speaker::Trainee ? tr("You")
                            : line.speaker == TranscriptLine::Speaker::Note    ? tr("Note")
                            : line.speaker == TranscriptLine::Speaker::Promise ? tr("Promise")
                                                                               : QString();
        html += who.isEmpty()
                    ? QStringLiteral("<li><i>%1</i></li>").arg(line.text.toHtmlEscaped())
                    : QStringLiteral("<li><b>%1:</b> %2</li>").arg(who.toHtmlEscaped(), line.text.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    return html;
}

QString SummaryView::rehearsalStatus(const TrainingResult &result)
{
    return result.passed ? tr("Rehearsal passed: %1 %").arg(result.percent)
                         : tr("Rehearsal not passed: %1 %").arg(result.percent);
}

} // namespace steadyline::gui
