#include "authoring/editordrafts.h"
#include "fulldisk.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using steadyline::EditorDraft;
using steadyline::EditorDrafts;

namespace {

const QDateTime kSavedAt = QDateTime::fromString(QStringLiteral("2026-11-23T09:15:02.250+01:00"), Qt::ISODateWithMs);

} // namespace

TEST_CASE("a draft reads back exactly as it was written, Polish text and all")
{
    const EditorDraft draft{QStringLiteral("/drafts/a.draft.json"), QStringLiteral("/team/aggressive-caller-pl.json"),
                            QStringLiteral("{\n  \"title\": \"Zażółć gęślą jaźń — „cytat”\"\n}\n"), kSavedAt};
    const auto read = EditorDrafts::parse(EditorDrafts::serialize(draft), draft.file);
    REQUIRE(read.has_value());
    CHECK(read->file == draft.file);
    CHECK(read->origin == draft.origin);
    CHECK(read->text == draft.text);
    CHECK(read->savedAt == kSavedAt);
}

TEST_CASE("a draft cut short or not one of ours is never offered back")
{
    const QByteArray whole = EditorDrafts::serialize({{}, QStringLiteral("/p.json"), QStringLiteral("text"), kSavedAt});
    for (qsizetype cut = 0; cut < whole.size() - 1; ++cut) {
        INFO("cut after byte " << cut);
        CHECK_FALSE(EditorDrafts::parse(whole.left(cut), {}).has_value());
    }
    CHECK_FALSE(EditorDrafts::parse(R"({"origin": "/p.json", "text": 42, "savedAt": "2026-11-23T09:15:02"})", {}));
    CHECK_FALSE(EditorDrafts::parse(R"({"origin": "/p.json", "text": "x", "savedAt": "yesterday"})", {}));
    CHECK_FALSE(EditorDrafts::parse(R"({"origin": ["/p.json"], "text": "x", "savedAt": "2026-11-23T09:15:02"})", {}));
    CHECK_FALSE(EditorDrafts::parse(R"(["text"])", {}));
    // A new, never saved playbook has no origin.
    CHECK(EditorDrafts::parse(R"({"text": "x", "savedAt": "2026-11-23T09:15:02"})", {}).has_value());
}

TEST_CASE("drafts are listed newest first, unreadable ones left out, and are private to the user")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    EditorDrafts::setFolder(dir.filePath(QStringLiteral("drafts")));
    QString error;
    const EditorDraft older{EditorDrafts::fileFor(QStringLiteral("/a.json")), QStringLiteral("/a.json"),
                            QStringLiteral("older"), kSavedAt};
    const EditorDraft newer{EditorDrafts::fileFor({}), {}, QStringLiteral("newer"), kSavedAt.addSecs(60)};
    REQUIRE(EditorDrafts::write(older, &error));
    REQUIRE(EditorDrafts::write(newer, &error));
    {
        QFile broken(dir.filePath(QStringLiteral("drafts/broken.draft.json")));
        REQUIRE(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"origin": "/b.json", "te)");
    }
    CHECK(EditorDrafts::fileFor(QStringLiteral("/a.json")) == older.file); // the same file every time
    const auto drafts = EditorDrafts::all();
    REQUIRE(drafts.size() == 2);
    CHECK(drafts[0].text == QStringLiteral("newer"));
    CHECK(drafts[1].text == QStringLiteral("older"));
    CHECK(QFile::permissions(older.file) ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(QFile::permissions(EditorDrafts::folder()) ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser |
           QFileDevice::WriteUser | QFileDevice::ExeUser));
    EditorDrafts::remove(older.file);
    CHECK(EditorDrafts::all().size() == 1);
    EditorDrafts::setFolder({});
}

TEST_CASE("a draft that does not fit on a full disk is reported and the one before it is kept", "[faults]")
{
    steadyline::test::FullDisk disk;
    STEADYLINE_REQUIRE_FULL_DISK(disk);
    EditorDrafts::setFolder(disk.filePath(QStringLiteral("drafts")));
    const EditorDraft first{EditorDrafts::fileFor(QStringLiteral("/a.json")), QStringLiteral("/a.json"),
                            QStringLiteral("first"), kSavedAt};
    QString error;
    REQUIRE(EditorDrafts::write(first, &error));
    REQUIRE(disk.fill());

    EditorDraft second = first;
    second.text = QStringLiteral("second");
    CHECK_FALSE(EditorDrafts::write(second, &error));
    CHECK(error.startsWith(QStringLiteral("Cannot write ") + first.file));
    const auto drafts = EditorDrafts::all();
    REQUIRE(drafts.size() == 1);
    CHECK(drafts.front().text == QStringLiteral("first"));
    EditorDrafts::setFolder({});
}
