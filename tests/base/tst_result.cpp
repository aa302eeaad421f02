// SPDX-License-Identifier: GPL-3.0-or-later
// Result and Error: a value or an error, and an error's kind, which code decides by instead of its
// translated words.
#include "../ErrorTesting.h"

#include <QSet>
#include <QTest>

using namespace sos;

class TestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Plain validation is the kind an error has unless it names another.
    void anErrorWithoutAKindIsInvalidInput()
    {
        const Error error{QStringLiteral("The verdict must be ship or skip.")};
        QCOMPARE(error.kind, Error::Kind::InvalidInput);
        QCOMPARE(error.message, QStringLiteral("The verdict must be ship or skip."));
    }

    void aValueIsNoError()
    {
        const Result<int> result = 42;
        QVERIFY(result.ok());
        QCOMPARE(result.value(), 42);
        QCOMPARE(result.errorMessage(), QString());
        for (const Error::Kind kind : enumValues<Error::Kind>())
            QVERIFY(!result.failedWith(kind));
    }

    void anErrorKeepsItsKind()
    {
        const Result<int> result = Error{QStringLiteral("Cannot reach 127.0.0.1"), Error::Kind::Unreachable};
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Unreachable);
        QCOMPARE(result.errorMessage(), QStringLiteral("Cannot reach 127.0.0.1"));
        QVERIFY(result.failedWith(Error::Kind::Unreachable));
        QVERIFY(!result.failedWith(Error::Kind::ServerError));

        // Passed on unchanged, as the sync passes the store's errors to the window.
        const Result<void> passedOn = result.error();
        QVERIFY(passedOn.failedWith(Error::Kind::Unreachable));
        QCOMPARE(passedOn.errorMessage(), result.errorMessage());
    }

    void voidResult()
    {
        const Result<void> done;
        QVERIFY(done.ok());
        QVERIFY(!done.failedWith(Error::Kind::InvalidInput));
        const Result<void> damaged = Error{QStringLiteral("damaged"), Error::Kind::Damaged};
        QVERIFY(!damaged.ok());
        QVERIFY(damaged.failedWith(Error::Kind::Damaged));
        QVERIFY(!damaged.failedWith(Error::Kind::NewerVersion));
    }

    // Every kind is in the table once, in declaration order, with a name of its own that reads back.
    void everyKindHasOneName()
    {
        const auto kinds = enumValues<Error::Kind>();
        QCOMPARE(kinds.size(), static_cast<std::size_t>(Error::Kind::Internal) + 1);
        QSet<QString> names;
        for (std::size_t i = 0; i < kinds.size(); ++i) {
            QCOMPARE(static_cast<std::size_t>(kinds[i]), i);
            const QString name = enumName(kinds[i]);
            QVERIFY(!name.isEmpty());
            QVERIFY2(!names.contains(name), qPrintable(name));
            names << name;
            QCOMPARE(enumFromName<Error::Kind>(name), std::optional(kinds[i]));
        }
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
