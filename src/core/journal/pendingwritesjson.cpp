// Writes kept across a quit that could not save them (review H2): the waiting writes as JSON for
// a recovery file (recoveryfile.h), and written back at the next start.
#include "journal/journal_p.h"
#include "journal/journallog.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <unordered_map>

namespace steadyline::journal {

namespace {

using Json = nlohmann::json;

constexpr int kRecoveryVersion = 1;

std::string s(const QString &text)
{
    return text.toStdString();
}

QString q(const Json &j, const char *key)
{
    return QString::fromStdString(j.value(key, std::string()));
}

Json opJson(const WriteOp &op)
{
    return std::visit(
        [](const auto &o) -> Json {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, BeginCallOp>)
                return {{"channel", s(channelName(o.start.channel))},
                        {"address", s(formOfAddressName(o.start.address))},
                        {"caseReference", s(o.start.caseReference)},
                        {"playbookId", s(o.start.playbookId)},
                        {"revision", o.start.revision},
                        {"sha256", s(o.start.sha256)},
                        {"locale", s(o.start.locale)},
                        {"training", o.start.training},
                        {"at", s(o.at)},
                        {"atMs", o.atMs}};
            else if constexpr (std::is_same_v<T, TimelineOp>)
                return {{"callId", o.callId},
                        {"at", s(o.at)},
                        {"kind", s(o.kind)},
                        {"stepId", s(o.stepId)},
                        {"detail", s(o.detail)}};
            else if constexpr (std::is_same_v<T, NoteOp>)
                return {{"callId", o.callId}, {"at", s(o.at)}, {"text", s(o.text)}, {"tagsJson", s(o.tagsJson)}};
            else if constexpr (std::is_same_v<T, PromiseOp>)
                return {{"callId", o.callId}, {"at", s(o.at)},
                        {"text", s(o.text)},  {"caseReference", s(o.caseReference)},
                        {"due", s(o.due)},    {"dueMs", o.dueMs ? Json(*o.dueMs) : Json()}};
            else if constexpr (std::is_same_v<T, PromiseStatusOp>)
                return {{"promiseId", o.promiseId}, {"status", s(promiseStatusName(o.status))}, {"at", s(o.at)}};
            else if constexpr (std::is_same_v<T, SaveDraftOp>)
                return {{"callId", o.callId}, {"text", s(o.text)}, {"at", s(o.at)}};
            else if constexpr (std::is_same_v<T, ClearDraftOp>)
                return {{"callId", o.callId}};
            else if constexpr (std::is_same_v<T, EndCallOp>)
                return {{"callId", o.callId}, {"outcome", s(callOutcomeName(o.outcome))}, {"at", s(o.at)}};
            else if constexpr (std::is_same_v<T, InterruptOp> || std::is_same_v<T, ResumeOp>)
                return {{"callId", o.callId}, {"at", s(o.at)}};
            else
                return {{"callId", o.attempt.callId},
                        {"scenarioId", s(o.attempt.scenarioId)},
                        {"scenarioRevision", o.attempt.scenarioRevision},
                        {"scenarioTitle", s(o.attempt.scenarioTitle)},
                        {"language", s(o.attempt.language)},
                        {"score", o.attempt.score},
                        {"max", o.attempt.max},
                        {"percent", o.attempt.percent},
                        {"passed", o.attempt.passed},
                        {"mistakesJson", s(o.attempt.mistakesJson)},
                        {"finishedAt", s(o.finishedAt)},
                        {"finishedMs", o.finishedMs}};
        },
        op);
}

// The write back from its JSON; none when the entry is not one (a damaged file).
std::optional<WriteOp> opFrom(std::size_t index, const Json &j)
{
    switch (index) {
    case 0: {
        BeginCallOp o;
        o.start.channel = channelFromName(q(j, "channel")).value_or(Channel::Phone);
        o.start.address = formOfAddressFromName(q(j, "address")).value_or(FormOfAddress::FormalMale);
        o.start.caseReference = q(j, "caseReference");
        o.start.playbookId = q(j, "playbookId");
        o.start.revision = j.value("revision", 0);
        o.start.sha256 = q(j, "sha256");
        o.start.locale = q(j, "locale");
        o.start.training = j.value("training", false);
        o.at = q(j, "at");
        o.atMs = j.value("atMs", qint64(0));
        return o;
    }
    case 1: return TimelineOp{j.value("callId", qint64(0)), q(j, "at"), q(j, "kind"), q(j, "stepId"), q(j, "detail")};
    case 2: return NoteOp{j.value("callId", qint64(0)), q(j, "at"), q(j, "text"), q(j, "tagsJson")};
    case 3: {
        PromiseOp o{j.value("callId", qint64(0)), q(j, "at"), q(j, "text"), q(j, "caseReference"), q(j, "due"), {}};
        if (j.contains("dueMs") && j["dueMs"].is_number_integer())
            o.dueMs = j["dueMs"].get<qint64>();
        return o;
    }
    case 4:
        return PromiseStatusOp{j.value("promiseId", qint64(0)),
                               promiseStatusFromName(q(j, "status")).value_or(PromiseStatus::Open), q(j, "at")};
    case 5: return SaveDraftOp{j.value("callId", qint64(0)), q(j, "text"), q(j, "at")};
    case 6: return ClearDraftOp{j.value("callId", qint64(0))};
    case 7:
        return EndCallOp{j.value("callId", qint64(0)),
                         callOutcomeFromName(q(j, "outcome")).value_or(CallOutcome::Interrupted), q(j, "at")};
    case 8: return InterruptOp{j.value("callId", qint64(0)), q(j, "at")};
    case 9: return ResumeOp{j.value("callId", qint64(0)), q(j, "at")};
    case 10: {
        TrainingAttemptOp o;
        o.attempt.callId = j.value("callId", qint64(0));
        o.attempt.scenarioId = q(j, "scenarioId");
        o.attempt.scenarioRevision = j.value("scenarioRevision", 0);
        o.attempt.scenarioTitle = q(j, "scenarioTitle");
        o.attempt.language = q(j, "language");
        o.attempt.score = j.value("score", 0);
        o.attempt.max = j.value("max", 0);
        o.attempt.percent = j.value("percent", 0);
        o.attempt.passed = j.value("passed", false);
        o.attempt.mistakesJson = q(j, "mistakesJson");
        o.finishedAt = q(j, "finishedAt");
        o.finishedMs = j.value("finishedMs", qint64(0));
        return o;
    }
    default: return std::nullopt;
    }
}

// The ids a write refers to, to be mapped from the old journal's provisional ones.
template<typename F> void forEachReference(WriteOp &op, F &&map)
{
    std::visit(
        [&](auto &o) {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, PromiseStatusOp>)
                map(o.promiseId);
            else if constexpr (std::is_same_v<T, TrainingAttemptOp>)
                map(o.attempt.callId);
            else if constexpr (!std::is_same_v<T, BeginCallOp>)
                map(o.callId);
        },
        op);
}

} // namespace

QByteArray Journal::pendingWritesJson() const
{
    Json writes = Json::array();
    for (const PendingWrite &pending : d->writes.pending())
        writes.push_back({{"kind", static_cast<int>(pending.op.index())},
                          {"what", opName(pending.op)},
                          {"provisionalId", pending.provisionalId},
                          {"write", opJson(pending.op)}});
    const Json document = {{"steadylineRecovery", kRecoveryVersion}, {"journal", s(d->file)}, {"writes", writes}};
    return QByteArray::fromStdString(document.dump(2));
}

Result<int> Journal::restoreWrites(const QByteArray &json)
{
    Result<int> result;
    const Json document = Json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    if (document.is_discarded() || !document.is_object() ||
        document.value("steadylineRecovery", 0) != kRecoveryVersion || !document.contains("writes") ||
        !document["writes"].is_array()) {
        result.error =
            QCoreApplication::translate("steadyline::journal", "The recovery file is not one Steadyline can read.");
        return result;
    }
    // A row the old journal had only promised (a negative, provisional id) gets its real id
    // here; later writes that refer to it follow.
    std::unordered_map<qint64, qint64> ids;
    int restored = 0;
    for (const Json &entry : document["writes"]) {
        if (!entry.is_object() || !entry.contains("kind") || !entry["kind"].is_number_integer() ||
            !entry.contains("write") || !entry["write"].is_object())
            continue;
        std::optional<WriteOp> op = opFrom(entry["kind"].get<std::size_t>(), entry["write"]);
        if (!op)
            continue;
        bool known = true;
        forEachReference(*op, [&](qint64 &id) {
            if (id < 0) {
                const auto found = ids.find(id);
                known = found != ids.end();
                if (known)
                    id = found->second;
            }
        });
        if (!known) {
            journalLog()->warn("a recovered {} refers to a row that was not recovered; skipped", opName(*op));
            continue;
        }
        const qint64 oldId = entry.value("provisionalId", qint64(0));
        const bool createsRow = oldId != 0;
        const WriteResult written = d->writes.submit(std::move(*op), createsRow);
        if (!written.ok && !written.queued) {
            result.error = written.error;
            return result;
        }
        if (createsRow)
            ids[oldId] = written.id;
        ++restored;
    }
    journalLog()->info("{} writes restored from a recovery file", restored);
    result.value = restored;
    return result;
}

} // namespace steadyline::journal
