// SPDX-License-Identifier: GPL-3.0-or-later
#include <base/Settings.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sos;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsWhenEmpty()
    {
        QTemporaryDir dir;
        auto settings = Settings::createForFile(dir.filePath(QStringLiteral("s.ini")));
        QCOMPARE(settings->value(Settings::Key::CatalogSortColumn), QVariant(0));
        QCOMPARE(settings->value(Settings::Key::CatalogSortDescending), QVariant(false));
        QVERIFY(settings->value(Settings::Key::WindowGeometry).toByteArray().isEmpty());
    }

    void valuesSurviveARestartWithTheirTypes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            auto settings = Settings::createForFile(path);
            settings->setValue(Settings::Key::CatalogSortColumn, 4);
            settings->setValue(Settings::Key::CatalogSortDescending, true);
            settings->setValue(Settings::Key::WindowGeometry, QByteArray("\x01\x02\x00\xff", 4));
            settings->setValue(Settings::Key::SelectedToolId, QStringLiteral("gemma-3n"));
        }
        auto settings = Settings::createForFile(path);
        QCOMPARE(settings->value(Settings::Key::CatalogSortColumn).typeId(), QMetaType::Int);
        QCOMPARE(settings->value(Settings::Key::CatalogSortColumn).toInt(), 4);
        QCOMPARE(settings->value(Settings::Key::CatalogSortDescending).typeId(), QMetaType::Bool);
        QCOMPARE(settings->value(Settings::Key::CatalogSortDescending).toBool(), true);
        QCOMPARE(settings->value(Settings::Key::WindowGeometry).toByteArray(),
                 QByteArray("\x01\x02\x00\xff", 4));
        QCOMPARE(settings->value(Settings::Key::SelectedToolId).toString(), QStringLiteral("gemma-3n"));
    }

    void changedIsSignalledOncePerChange()
    {
        QTemporaryDir dir;
        auto settings = Settings::createForFile(dir.filePath(QStringLiteral("s.ini")));
        QSignalSpy spy(settings.get(), &Settings::changed);
        settings->setValue(Settings::Key::CatalogSortColumn, 2);
        settings->setValue(Settings::Key::CatalogSortColumn, 2);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().value<Settings::Key>(), Settings::Key::CatalogSortColumn);
        settings->reset(Settings::Key::CatalogSortColumn);
        QCOMPARE(settings->value(Settings::Key::CatalogSortColumn).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
