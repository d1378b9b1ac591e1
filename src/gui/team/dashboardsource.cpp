#include "dashboardsource.h"

#include "serverconnection.h"

#include <QtConcurrent/QtConcurrentRun>

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

void DashboardSource::fetchFigures(const server::DashboardPeriod &period)
{
    ask(Question::Figures, {}, [period](server::DashboardQueries &queries, Answer answer) {
        QString team;
        if (queries.ownTeam(&team, &answer.error))
            answer.figures = queries.figures(team, period, &answer.error);
        return answer;
    });
}

void DashboardSource::fetchIncidentReport(const server::DashboardPeriod &period, const QString &purpose)
{
    ask(Question::Report, purpose, [period](server::DashboardQueries &queries, Answer answer) {
        answer.report = queries.incidentReport(period, &answer.error);
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
