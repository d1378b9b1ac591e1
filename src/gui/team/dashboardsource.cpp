#include "dashboardsource.h"

#include "serverconnection.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace steadyline::gui {

DashboardSource::DashboardSource(QObject *parent)
    : QObject(parent)
{}

DashboardSource::~DashboardSource()
{
    // A task holds no pointer to this object; waiting keeps the process from ending under it.
    for (QFutureWatcher<Answer> *watcher : m_running)
        watcher->waitForFinished();
}

void DashboardSource::setServer(const std::optional<server::ServerAddress> &address)
{
    m_address = address;
}

bool DashboardSource::busy() const
{
    return !m_running.empty();
}

void DashboardSource::ask(Question question, const QString &purpose,
                          std::function<Answer(server::DashboardQueries &, Answer)> work)
{
    const std::optional<server::ServerAddress> address = m_address;
    auto *watcher = new QFutureWatcher<Answer>(this);
    m_running.push_back(watcher);
    connect(watcher, &QFutureWatcher<Answer>::finished, this, [this, watcher, question, purpose] {
        const Answer answer = watcher->result();
        std::erase(m_running, watcher);
        watcher->deleteLater();
        switch (question) {
        case Question::Figures:
            if (answer.figures)
                emit figuresArrived(*answer.figures);
            else
                emit figuresFailed(answer.error, answer.offline);
            break;
        case Question::Report:
            if (answer.report)
                emit incidentReportArrived(*answer.report, purpose);
            else
                emit incidentReportFailed(answer.error, purpose);
            break;
        case Question::Export:
            if (answer.recorded)
                emit exportRecorded(purpose);
            else
                emit exportRefused(answer.error, purpose);
            break;
        }
    });
    watcher->setFuture(QtConcurrent::run([address, work = std::move(work)] {
        Answer answer;
        if (!address) {
            answer.offline = true;
            answer.error = tr("This desk is not connected to a team server.");
            return answer;
        }
        server::ServerConnection connection;
        QString error;
        if (!connection.open(*address, &error)) {
            answer.offline = true;
            answer.error = error;
            return answer;
        }
        server::DashboardQueries queries(connection.database());
        return work(queries, std::move(answer));
    }));
}

void DashboardSource::fetchFigures(const server::DashboardPeriod &period, const QString &team)
{
    ask(Question::Figures, {}, [period, team](server::DashboardQueries &queries, Answer answer) {
        const auto teams = queries.teams(&answer.error);
        if (!teams || teams->empty()) {
            if (answer.error.isEmpty())
                answer.error = tr("this login may open the dashboard of no team.");
            return answer;
        }
        QString chosen = team;
        if (chosen.isEmpty()) {
            const auto own = std::find_if(teams->begin(), teams->end(), [](const auto &t) { return t.own; });
            chosen = own != teams->end() ? own->name : teams->front().name;
        }
        answer.figures = queries.figures(chosen, period, &answer.error);
        if (answer.figures)
            answer.figures->teams = *teams;
        return answer;
    });
}

void DashboardSource::fetchIncidentReport(const server::DashboardPeriod &period, const QString &purpose,
                                          const QString &team)
{
    ask(Question::Report, purpose, [period, team](server::DashboardQueries &queries, Answer answer) {
        answer.report = queries.incidentReport(period, &answer.error, team);
        return answer;
    });
}

void DashboardSource::recordExport(const QString &what, const QJsonObject &detail, const QString &purpose)
{
    ask(Question::Export, purpose, [what, detail](server::DashboardQueries &queries, Answer answer) {
        answer.recorded = queries.recordExport(what, detail, &answer.error);
        return answer;
    });
}

} // namespace steadyline::gui
