#pragma once

#include "dashboardqueries.h"
#include "serveraddress.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <optional>
#include <vector>

namespace steadyline::gui {

// The dashboard's door to the team server: every question runs in a Qt Concurrent task with a
// connection of its own (never on the GUI thread, never on the sync worker's connection, whose
// pull must not wait behind a month of statistics). Answers come back as signals in the thread
// that made the source. The password is libpq's business (its password file), as for the sync.
class DashboardSource : public QObject
{
    Q_OBJECT

public:
    explicit DashboardSource(QObject *parent = nullptr);
    ~DashboardSource() override;

    void setServer(const std::optional<server::ServerAddress> &address);
    [[nodiscard]] bool hasServer() const { return m_address.has_value(); }
    [[nodiscard]] const std::optional<server::ServerAddress> &server() const { return m_address; }

    // The figures of `team` for the period (none: the login's own team, as the server says), with
    // the teams the login may choose.
    void fetchFigures(const server::DashboardPeriod &period, const QString &team = {});
    // The incident report's rows of `team` (none: every team the login reads); `purpose` comes back
    // with them (e.g. the file to write).
    void fetchIncidentReport(const server::DashboardPeriod &period, const QString &purpose, const QString &team = {});
    // Writes an export in the server's audit log; answered by exportRecorded or exportRefused.
    void recordExport(const QString &what, const QJsonObject &detail, const QString &purpose);

    [[nodiscard]] bool busy() const;

signals:
    void figuresArrived(const steadyline::server::DashboardFigures &figures);
    // The server could not be asked or refused: `offline` when it could not be reached at all.
    void figuresFailed(const QString &error, bool offline);
    void incidentReportArrived(const std::vector<steadyline::server::IncidentReportRow> &rows, const QString &purpose);
    void incidentReportFailed(const QString &error, const QString &purpose);
    void exportRecorded(const QString &purpose);
    void exportRefused(const QString &error, const QString &purpose);

private:
    struct Answer
    {
        std::optional<server::DashboardFigures> figures;
        std::optional<std::vector<server::IncidentReportRow>> report;
        bool recorded = false;
        bool offline = false;
        QString error;
    };
    enum class Question { Figures, Report, Export };
    void ask(Question question, const QString &purpose, std::function<Answer(server::DashboardQueries &, Answer)> work);

    std::optional<server::ServerAddress> m_address;
    std::vector<QFutureWatcher<Answer> *> m_running;
};

} // namespace steadyline::gui
