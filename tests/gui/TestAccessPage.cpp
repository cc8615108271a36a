// gui.AccessPage: controls of the Access & limits page against a real engine: each change
// reaches the running relay (Relay::config) and the config file.
#include "AccessPage.h"
#include "GuiTestRelay.h"
#include "ListEditWidget.h"
#include "SettingsFormWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

using namespace roost;
using namespace roost::ui;

class TestAccessPage : public QObject {
    Q_OBJECT
private:
    GuiTestRelay m_engine;
    std::unique_ptr<AccessPage> m_page;

    template <typename W>
    W* control(const char* key) {
        return qobject_cast<W*>(m_page->form()->control(QLatin1String(key)));
    }

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_engine.start(&error), qPrintable(error));
        m_page = std::make_unique<AccessPage>(m_engine.settings);
        m_page->resize(900, 700);
        m_page->show();
    }

    void everyAccessAndRateKeyHasAControl() {
        for (const SettingSpec& spec : settingsSchema())
            if (spec.key.startsWith(QLatin1String("access/")) || spec.key.startsWith(QLatin1String("rate/")))
                QVERIFY2(m_page->form()->control(spec.key), qPrintable(spec.key));
        QVERIFY(!m_page->form()->control(QStringLiteral("relay/name"))); // on the Settings page
        QVERIFY(!control<QWidget>("access/max_connections")->toolTip().isEmpty());
    }

    void maxConnectionsAppliesAndPersists() {
        auto* spin = control<QSpinBox>("access/max_connections");
        QVERIFY(spin);
        QCOMPARE(spin->value(), 1000);
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("7"));
        QTest::keyClick(spin, Qt::Key_Return);
        QCOMPARE(m_engine.relay->config().access.maxConnections, 7u);
        QVERIFY(m_engine.configFile().contains("max_connections=7"));
    }

    void lanSharingSwitchesTheListenAddress() {
        QCheckBox* lan = m_page->lanSharing();
        QVERIFY(!lan->isChecked()); // the engine listens on 127.0.0.1
        QVERIFY(!lan->toolTip().isEmpty());
        lan->click();
        QCOMPARE(m_engine.settings.value(QStringLiteral("relay/bind")).toString(), QStringLiteral("0.0.0.0"));
        QVERIFY(m_engine.configFile().contains("bind=0.0.0.0"));
        lan->click();
        QCOMPARE(m_engine.settings.value(QStringLiteral("relay/bind")).toString(), QStringLiteral("127.0.0.1"));
    }

    void levelComboAndMaintenance() {
        auto* combo = control<QComboBox>("access/min_level_event");
        QVERIFY(combo);
        QCOMPARE(combo->count(), 5);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_End); // Owner
        QCOMPARE(m_engine.relay->config().access.minLevelEvent, 4u);
        QVERIFY(m_engine.configFile().contains("min_level_event=4"));

        auto* maintenance = control<QCheckBox>("access/maintenance");
        QVERIFY(maintenance);
        QTest::mouseClick(maintenance, Qt::LeftButton, {}, QPoint(4, maintenance->height() / 2));
        QVERIFY(m_engine.relay->config().access.maintenance);
        QVERIFY(m_engine.configFile().contains("maintenance=true"));
        maintenance->click();
        QVERIFY(!m_engine.relay->config().access.maintenance);
    }

    void ownerListAndRefusedValue() {
        auto* owners = control<ListEditWidget>("access/owner_pubkeys");
        QVERIFY(owners);
        const QString key = QStringLiteral("0f").repeated(32);
        auto* input = owners->findChild<QLineEdit*>();
        QVERIFY(input);
        QTest::keyClicks(input, key);
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(m_engine.relay->config().access.ownerPubkeys, QStringList{key});
        QVERIFY(m_engine.configFile().contains(key.toLatin1()));

        // A bad kind number is refused by Settings: the error shows, the list returns to the saved value.
        auto* denied = control<ListEditWidget>("access/denied_kinds");
        QVERIFY(denied);
        denied->addItem(QStringLiteral("seven"));
        QVERIFY(!m_page->form()->lastError().isEmpty());
        QCOMPARE(denied->items(), QStringList());
        denied->addItem(QStringLiteral("7"));
        QVERIFY(m_page->form()->lastError().isEmpty());
        QCOMPARE(m_engine.relay->config().access.deniedKinds, QList<uint32_t>{7});
    }

    void rateSpinBoxAndFileChangesShowUp() {
        auto* rate = control<QDoubleSpinBox>("rate/events_per_second");
        QVERIFY(rate);
        rate->setValue(2.5);
        QCOMPARE(m_engine.relay->config().access.eventsPerSecond, 2.5);
        // A change from elsewhere (NIP-86, the file) refreshes the control.
        QVERIFY(m_engine.settings.setValue(QStringLiteral("access/max_connections_per_ip"), 3));
        QCOMPARE(control<QSpinBox>("access/max_connections_per_ip")->value(), 3);
    }
};

QTEST_MAIN(TestAccessPage)
#include "TestAccessPage.moc"
