// gui.AccessPage: controls of the Access & limits page against a real engine: each change
// reaches the running relay (Relay::config) and the config file.
#include "AccessPage.h"
#include "GuiTestRelay.h"
#include "ListEditWidget.h"
#include "SettingsFormWidget.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
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

    void keyFieldsTakeNpubAndRefuseTheRest() {
        // NIP-19's example key.
        const QString npub = QStringLiteral("npub180cvv07tjdrrgpa0j7j7tmnyl2yr6yr7l8j4s3evf6u64th6gkwsyjh6w6");
        const QString hex = QStringLiteral("3bf0c63fcb93463407af97a5e5ee64fa883d107ef9e558472c4eb9aaaefa459d");
        for (const char* key : {"access/member_pubkeys", "access/banned_pubkeys", "access/owner_pubkeys"}) {
            auto* list = control<ListEditWidget>(key);
            QVERIFY2(list, key);
            const QStringList before = m_engine.settings.value(QLatin1String(key)).toStringList();
            // "abc" and a broken npub (one character changed: bad checksum) are refused, visibly.
            QString broken = npub;
            broken[20] = broken[20] == QLatin1Char('q') ? QLatin1Char('p') : QLatin1Char('q');
            for (const QString& bad : {QStringLiteral("abc"), broken}) {
                list->input()->setText(bad);
                QTest::keyClick(list->input(), Qt::Key_Return);
                QVERIFY2(list->errorText().contains(bad), qPrintable(list->errorText()));
                QVERIFY(list->findChild<QLabel*>(QStringLiteral("listError"))->isVisible());
                QCOMPARE(list->input()->text(), bad); // kept for correcting
                QCOMPARE(m_engine.settings.value(QLatin1String(key)).toStringList(), before);
            }
            // An npub is stored as hex and shown as npub, hex in the tooltip.
            list->input()->setText(QStringLiteral("nostr:") + npub);
            QTest::keyClick(list->input(), Qt::Key_Return);
            QVERIFY(list->errorText().isEmpty());
            QVERIFY(m_engine.settings.value(QLatin1String(key)).toStringList().contains(hex));
            QVERIFY(m_engine.configFile().contains(hex.toLatin1()));
            QVERIFY(!m_engine.configFile().contains("npub1"));
            QListWidgetItem* item = list->list()->findItems(npub, Qt::MatchExactly).value(0);
            QVERIFY2(item, key);
            QVERIFY(item->toolTip().contains(hex));
            // The copy menu offers both forms.
            QStringList actions;
            for (QAction* a : list->list()->actions()) actions << a->text();
            QCOMPARE(actions, (QStringList{QStringLiteral("Copy npub"), QStringLiteral("Copy hex")}));
            list->list()->clearSelection();
            item->setSelected(true);
            list->list()->actions().at(1)->trigger();
            QCOMPARE(QApplication::clipboard()->text(), hex);
        }
        // The member key now gives the Member level (an npub member used to authenticate as plain Authenticated).
        QVERIFY(m_engine.relay->config().access.memberPubkeys.contains(hex));
    }

    void adminKeyTakesNpubAndRefusesTheRest() {
        auto* edit = m_page->findChild<QLineEdit*>(QStringLiteral("relay/pubkey"));
        QVERIFY(!edit); // on the Settings page
        SettingsFormWidget form(m_engine.settings, {QStringLiteral("relay")});
        auto* admin = qobject_cast<QLineEdit*>(form.control(QStringLiteral("relay/pubkey")));
        QVERIFY(admin);
        admin->setText(QStringLiteral("xyz"));
        emit admin->editingFinished();
        QVERIFY2(form.lastError().contains(QLatin1String("xyz")), qPrintable(form.lastError()));
        QCOMPARE(m_engine.settings.value(QStringLiteral("relay/pubkey")).toString(), QString());
        admin->setText(QStringLiteral("npub180cvv07tjdrrgpa0j7j7tmnyl2yr6yr7l8j4s3evf6u64th6gkwsyjh6w6"));
        emit admin->editingFinished();
        QVERIFY(form.lastError().isEmpty());
        const QString hex = QStringLiteral("3bf0c63fcb93463407af97a5e5ee64fa883d107ef9e558472c4eb9aaaefa459d");
        QCOMPARE(m_engine.settings.value(QStringLiteral("relay/pubkey")).toString(), hex);
        QCOMPARE(admin->text(), QStringLiteral("npub180cvv07tjdrrgpa0j7j7tmnyl2yr6yr7l8j4s3evf6u64th6gkwsyjh6w6"));
        QVERIFY(admin->toolTip().contains(hex));
        // Hex is accepted too, and shown as npub.
        admin->setText(hex.toUpper());
        emit admin->editingFinished();
        QCOMPARE(admin->text(), QStringLiteral("npub180cvv07tjdrrgpa0j7j7tmnyl2yr6yr7l8j4s3evf6u64th6gkwsyjh6w6"));
        QVERIFY(m_engine.settings.setValue(QStringLiteral("relay/pubkey"), QString()));
    }

    void numbersHaveNoThousandsSeparators() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        SettingsFormWidget form(m_engine.settings, {QStringLiteral("relay"), QStringLiteral("limits")});
        QVERIFY(m_engine.settings.setValue(QStringLiteral("limits/max_message_length"), 131072));
        auto* spin = qobject_cast<QSpinBox*>(form.control(QStringLiteral("limits/max_message_length")));
        QVERIFY(spin);
        QCOMPARE(spin->text(), QStringLiteral("131072"));
        QLocale::setDefault(QLocale::c());
    }

    void commandLineOverrideIsShown() {
        SettingsFormWidget form(m_engine.settings, {QStringLiteral("relay")});
        // GuiTestRelay sets relay/port and relay/data_dir as command-line overrides.
        auto* port = form.control(QStringLiteral("relay/port"));
        QVERIFY(!port->isEnabled());
        auto* note = form.findChild<QLabel*>(QStringLiteral("relay/port/override"));
        QVERIFY(note);
        QVERIFY(!note->isHidden());
        QVERIFY2(note->text().contains(QLatin1String("--port")), qPrintable(note->text()));
        QVERIFY(form.findChild<QLabel*>(QStringLiteral("relay/data_dir/override"))->text().contains(QLatin1String("--data-dir")));
        QVERIFY(form.control(QStringLiteral("relay/name"))->isEnabled());
        QVERIFY(form.findChild<QLabel*>(QStringLiteral("relay/name/override"))->isHidden());
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
