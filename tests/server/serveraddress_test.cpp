// The team server's URL, taken apart for Qt's QPSQL driver.
#include "catch_qt.h"

#include "serveraddress.h"
#include "serverconnection.h"

using steadyline::server::parseServerUrl;

TEST_CASE("a TCP URL gives host, port, login, database and the TLS settings")
{
    QString error;
    const auto address = parseServerUrl(
        QStringLiteral("postgresql://anna@db.example.org:6432/steadyline?sslmode=verify-full&sslrootcert=/etc/ca.crt"),
        &error);
    REQUIRE(address);
    CHECK(address->host == QStringLiteral("db.example.org"));
    CHECK(address->port == 6432);
    CHECK(address->user == QStringLiteral("anna"));
    CHECK(address->database == QStringLiteral("steadyline"));
    CHECK(address->parameters ==
          QStringList{QStringLiteral("sslmode='verify-full'"), QStringLiteral("sslrootcert='/etc/ca.crt'")});
    CHECK(
        address->displayText() ==
        QStringLiteral("postgresql://anna@db.example.org:6432/steadyline?sslmode=verify-full&sslrootcert=/etc/ca.crt"));
}

TEST_CASE("a socket URL takes the folder from host=")
{
    QString error;
    const auto address = parseServerUrl(
        QStringLiteral("postgresql:///steadyline?host=%2Frun%2Fpostgresql&port=5433&user=postgres"), &error);
    REQUIRE(address);
    CHECK(address->host == QStringLiteral("/run/postgresql"));
    CHECK(address->port == 5433);
    CHECK(address->user == QStringLiteral("postgres"));
}

TEST_CASE("a password in the URL is used but never shown")
{
    QString error;
    const auto address = parseServerUrl(QStringLiteral("postgresql://anna:s3cret@host/steadyline"), &error);
    REQUIRE(address);
    CHECK(address->password == QStringLiteral("s3cret"));
    CHECK_FALSE(address->displayText().contains(QStringLiteral("s3cret")));
}

TEST_CASE("a quote in a setting's value is escaped, not able to add settings")
{
    QString error;
    const auto address =
        parseServerUrl(QStringLiteral("postgresql://h/db?application_name=x'%20sslmode='disable"), &error);
    REQUIRE(address);
    CHECK(address->parameters == QStringList{QStringLiteral("application_name='x\\' sslmode=\\'disable'")});
}

TEST_CASE("wrong URLs are refused with the reason")
{
    QString error;
    CHECK_FALSE(parseServerUrl(QStringLiteral("mysql://h/db"), &error));
    CHECK(error.contains(QStringLiteral("not a PostgreSQL URL")));
    error.clear();
    CHECK_FALSE(parseServerUrl(QStringLiteral("postgresql://h"), &error));
    CHECK(error.contains(QStringLiteral("names no database")));
    error.clear();
    CHECK_FALSE(parseServerUrl(QStringLiteral("postgresql://h/db?port=x"), &error));
    CHECK(error.contains(QStringLiteral("not a port number")));
    error.clear();
    CHECK_FALSE(parseServerUrl(QStringLiteral("postgresql://h/db?options=-csearch_path%3Devil"), &error));
    CHECK(error.contains(QStringLiteral("'options'")));
    error.clear();
    CHECK_FALSE(parseServerUrl(QStringLiteral("postgresql://h/db?sslrootcert=/a;b"), &error));
    CHECK(error.contains(QStringLiteral("';'")));
}

TEST_CASE("libpq's reasons for a refused connection are told apart, a pg_hba refusal before the SSL words in it")
{
    using steadyline::server::ConnectionProblem;
    using steadyline::server::connectionProblemOf;
    // PostgreSQL 15's own words (the pg_hba refusal names the connection's encryption).
    CHECK(connectionProblemOf(QStringLiteral("FATAL:  no pg_hba.conf entry for host \"10.0.0.7\", user \"anna\", "
                                             "database \"steadyline\", SSL encryption")) ==
          ConnectionProblem::NotAllowedFromHere);
    CHECK(connectionProblemOf(QStringLiteral("FATAL:  no pg_hba.conf entry for host \"10.0.0.7\", user \"anna\", "
                                             "database \"steadyline\", no encryption")) ==
          ConnectionProblem::NotAllowedFromHere);
    CHECK(connectionProblemOf(QStringLiteral("FATAL:  password authentication failed for user \"anna\"")) ==
          ConnectionProblem::WrongLogin);
    CHECK(connectionProblemOf(QStringLiteral("FATAL:  role \"anka\" does not exist")) == ConnectionProblem::WrongLogin);
    CHECK(connectionProblemOf(QStringLiteral("FATAL:  database \"steadylin\" does not exist")) ==
          ConnectionProblem::NoDatabase);
    CHECK(
        connectionProblemOf(QStringLiteral("server certificate for \"db\" does not match host name \"db.example\"")) ==
        ConnectionProblem::Certificate);
    CHECK(connectionProblemOf(
              QStringLiteral("connection to server at \"127.0.0.1\", port 1 failed: Connection refused")) ==
          ConnectionProblem::Unreachable);
    CHECK(connectionProblemOf(QStringLiteral("something else")) == ConnectionProblem::Other);
}
