// gui.EventsPage: the Events page against a real engine holding signed notes the test generates
// (GeneratedNotes.h, no shared data needed): the form's filter (npub authors, tags), search and
// count, paging, the detail pane (JSON and decoded fields), delete (a re-publish is refused until
// allowevent), ban event (a re-publish is refused), export to JSONL, delete matching (the count in
// the question) and ban author (Settings, config file, their events deleted, a re-publish refused).
#include "ConfirmDialog.h"
#include "EventsFilterForm.h"
#include "EventsModel.h"
#include "EventsPage.h"
#include "GeneratedNotes.h"
#include "GuiTestRelay.h"
#include "roost/Nip19.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QPushButton>
#include <QTimer>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QItemSelectionModel>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace roost;
using namespace roost::ui;

class TestEventsPage : public QObject {
    Q_OBJECT
signals:
    /// A direct Relay store call answered (test plumbing).
    void storeAnswered(const QString& error);

private:
    GuiTestRelay m_engine;
    std::unique_ptr<EventsPage> m_page;
    QList<QByteArray> m_notes; // real kind-1 events, as published
    QWebSocket m_client;
    QStringList m_answers;

    static QString idOf(const QByteArray& json) { return QJsonDocument::fromJson(json).object().value(QStringLiteral("id")).toString(); }

    // Publishes `json` and returns the relay's OK message.
    QString publish(const QByteArray& json) {
        const qsizetype before = m_answers.size();
        m_client.sendTextMessage(QStringLiteral("[\"EVENT\",%1]").arg(QString::fromUtf8(json)));
        if (!QTest::qWaitFor([&] { return m_answers.size() > before; }, 5000)) return {};
        return m_answers.last();
    }

    static QJsonObject objectOf(const QByteArray& json) { return QJsonDocument::fromJson(json).object(); }
    static QString authorOf(const QByteArray& json) { return objectOf(json).value(QStringLiteral("pubkey")).toString(); }
    QLineEdit* field(const char* name) const { return m_page->findChild<QLineEdit*>(QLatin1String(name)); }
    QPushButton* findButton(const char* text) const {
        for (QPushButton* b : m_page->findChildren<QPushButton*>())
            if (b->text() == QString::fromUtf8(text)) return b;
        return nullptr;
    }
    QString detailText() const { return m_page->findChild<QPlainTextEdit*>()->toPlainText(); }

    // Answers the next modal ConfirmDialog with `answer` (run before the call that opens it).
    static void whenDialogOpens(std::function<void(ConfirmDialog*)> answer) {
        auto* timer = new QTimer;
        QObject::connect(timer, &QTimer::timeout, [timer, answer] {
            auto* dialog = qobject_cast<ConfirmDialog*>(QApplication::activeModalWidget());
            if (!dialog) return;
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        });
        timer->start(20);
    }

    bool search() {
        QSignalSpy done(m_page.get(), &EventsPage::finished);
        m_page->search();
        return done.wait(5000) && done.first().first().toString().isEmpty();
    }

    // Searches with only these form fields filled.
    bool searchWith(const QString& authors, const QString& tags) {
        field("kinds")->setText(QStringLiteral("1"));
        field("ids")->clear();
        field("authors")->setText(authors);
        field("tags")->setText(tags);
        return search();
    }

    QSet<QString> shownIds() const {
        QSet<QString> ids;
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            ids << m_page->model()->index(row, 0).data(EventsModel::IdRole).toString();
        return ids;
    }

    QSet<QString> idsOf(std::initializer_list<int> notes) const {
        QSet<QString> ids;
        for (int n : notes) ids << idOf(m_notes[n]);
        return ids;
    }

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_engine.start(&error), qPrintable(error));
        // Generated, signed notes with the shape of real ones (tests/gui/GeneratedNotes.h): the
        // page is the point here, not the corpus, so a bare clone runs this test too.
        m_notes = testsupport::generatedNotes();
        QCOMPARE(m_notes.size(), 12);
        connect(&m_client, &QWebSocket::textMessageReceived, this, [this](const QString& m) {
            if (m.startsWith(QLatin1String("[\"OK\""))) m_answers << m;
        });
        QSignalSpy connected(&m_client, &QWebSocket::connected);
        m_client.open(QUrl(m_engine.relay->url()));
        QVERIFY(connected.wait(5000));
        for (const QByteArray& note : m_notes) QVERIFY2(publish(note).contains(QLatin1String(",true,")), note.left(80).constData());
        m_page = std::make_unique<EventsPage>(*m_engine.relay, m_engine.settings);
        m_page->setConfirmation([](const QString&, const QString&) { return true; });
        m_page->resize(1000, 700);
        m_page->show();
    }

    void filterFromTheForm() {
        m_page->findChild<QLineEdit*>(QStringLiteral("kinds"))->setText(QStringLiteral("1, 7"));
        QCOMPARE(m_page->filterJson(), QByteArray(R"({"kinds":[1,7]})"));
        m_page->findChild<QLineEdit*>(QStringLiteral("kinds"))->setText(QStringLiteral("1"));
        // NIP-19's own example key, as npub and as hex in capitals: both become lowercase hex.
        const QString hex = QStringLiteral("3bf0c63fcb93463407af97a5e5ee64fa883d107ef9e558472c4eb9aaaefa459d");
        field("authors")->setText(QStringLiteral("npub180cvv07tjdrrgpa0j7j7tmnyl2yr6yr7l8j4s3evf6u64th6gkwsyjh6w6, ") + hex.toUpper());
        field("tags")->setText(QStringLiteral("t=nostr, bitcoin; #p=npub180cvv07tjdrrgpa0j7j7tmnyl2yr6yr7l8j4s3evf6u64th6gkwsyjh6w6"));
        QCOMPARE(m_page->filterJson(),
                 QStringLiteral(R"({"#p":["%1"],"#t":["nostr","bitcoin"],"authors":["%1","%1"],"kinds":[1]})").arg(hex).toLatin1());
        // A typo is reported, not searched.
        field("authors")->setText(QStringLiteral("npub1nothing"));
        QSignalSpy done(m_page.get(), &EventsPage::finished);
        m_page->search();
        QCOMPARE(done.size(), 1);
        QVERIFY(done.first().first().toString().contains(QLatin1String("npub1nothing")));
        field("authors")->clear();
        field("tags")->clear();
        // Custom range: since and until from the date-time edits.
        auto* period = m_page->findChild<QComboBox*>(QStringLiteral("period"));
        period->setCurrentIndex(period->count() - 1);
        auto* since = m_page->findChild<QDateTimeEdit*>(QStringLiteral("since"));
        auto* until = m_page->findChild<QDateTimeEdit*>(QStringLiteral("until"));
        QVERIFY(since->isEnabled() && until->isEnabled());
        since->setDateTime(QDateTime::fromSecsSinceEpoch(1648339600));
        until->setDateTime(QDateTime::fromSecsSinceEpoch(1648504080));
        QCOMPARE(m_page->filterJson(), QByteArray(R"({"kinds":[1],"since":1648339600,"until":1648504080})"));
        QVERIFY(search());
        QCOMPARE(shownIds(), idsOf({4, 5, 6, 7, 8, 9}));
        since->setDateTime(QDateTime::fromSecsSinceEpoch(1648504080 + 60)); // after until: refused
        QString error;
        QVERIFY(m_page->filterForm()->filterJson(-1, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        period->setCurrentIndex(0);
        QVERIFY(!since->isEnabled());
        // Every field's label has its Alt shortcut (the page size one too).
        for (QLabel* label : m_page->filterForm()->findChildren<QLabel*>())
            QVERIFY2(label->buddy(), qPrintable(label->text()));
    }

    void searchPagesAndDetail() {
        QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->findChild<QSpinBox*>()->setValue(10);
        QVERIFY(search());
        QCOMPARE(m_page->model()->rowCount(), 10);
        QCOMPARE(m_page->statusText(), QStringLiteral("10 of 12 matching events shown"));
        auto* older = findButton("Load &older");
        QVERIFY(older->isEnabled());
        QSignalSpy done(m_page.get(), &EventsPage::finished);
        older->click();
        QVERIFY(done.wait(5000));
        QCOMPARE(m_page->model()->rowCount(), 12); // the two oldest, nothing twice
        // "N of M" stays, and the last page disables the button.
        QCOMPARE(m_page->statusText(), QStringLiteral("12 of 12 matching events shown"));
        QVERIFY(!older->isEnabled());
        QVERIFY(!m_page->hasMorePages());

        const QString id = idOf(m_notes[3]);
        m_page->selectIds({id});
        const QString detail = m_page->findChild<QPlainTextEdit*>()->toPlainText();
        QCOMPARE(QJsonDocument::fromJson(detail.toUtf8()).object().value(QStringLiteral("id")).toString(), id);
        // Decoded fields: kind name, npub, note, the five tags.
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("detailKind"))->text().contains(QLatin1String("Short text note")));
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("detailAuthor"))->text().startsWith(nip19::npubFromHex(authorOf(m_notes[3]))));
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("detailId"))->text().startsWith(QLatin1String("note1")));
        QVERIFY(!m_page->findChild<QLabel*>(QStringLiteral("detailCreated"))->text().isEmpty());
        auto* tags = m_page->findChild<QListWidget*>(QStringLiteral("detailTags"));
        QCOMPARE(tags->count(), 5);
        QVERIFY(tags->item(0)->text().startsWith(QLatin1String("p, b238e136")));
    }

    void newSearchResetsTheSelection() {
        m_page->findChild<QSpinBox*>()->setValue(100);
        QVERIFY(searchWith({}, {}));
        m_page->selectIds({idOf(m_notes[3]), idOf(m_notes[4]), idOf(m_notes[5]), idOf(m_notes[6])});
        QCOMPARE(detailText(), QStringLiteral("4 events selected"));
        QVERIFY(findButton("&Delete")->isEnabled());
        // A new search: nothing selected, no detail, no action on a selection.
        QVERIFY(searchWith(nip19::npubFromHex(authorOf(m_notes[2])), {}));
        QCOMPARE(m_page->view()->selectionModel()->selectedRows().size(), 0);
        QCOMPARE(detailText(), QString());
        for (const char* b : {"&Delete", "&Ban event", "Ban &author", "Copy &JSON", "E&xport…"})
            QVERIFY2(!findButton(b)->isEnabled(), b);
    }

    void badInputClearsTheResults() {
        QVERIFY(searchWith({}, {}));
        QCOMPARE(m_page->model()->rowCount(), 12);
        m_page->selectIds({idOf(m_notes[3])});
        // A broken npub (last character changed: bad checksum).
        QString npub = nip19::npubFromHex(authorOf(m_notes[3]));
        npub.back() = npub.back() == QLatin1Char('q') ? QLatin1Char('p') : QLatin1Char('q');
        field("authors")->setText(npub);
        QSignalSpy done(m_page.get(), &EventsPage::finished);
        m_page->search();
        QCOMPARE(done.size(), 1);
        QCOMPARE(m_page->model()->rowCount(), 0); // not the previous results under an error line
        QCOMPARE(detailText(), QString());
        QVERIFY2(m_page->statusText().startsWith(QLatin1String("Error: Authors:")), qPrintable(m_page->statusText()));
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("eventsStatus"))->styleSheet().contains(QLatin1String("color")));
        QVERIFY(!findButton("Load &older")->isEnabled());
        // A kind that is no number.
        QVERIFY(searchWith({}, {}));
        field("kinds")->setText(QStringLiteral("1, x7"));
        m_page->search();
        QCOMPARE(m_page->model()->rowCount(), 0);
        QVERIFY2(m_page->statusText().contains(QLatin1String("x7")), qPrintable(m_page->statusText()));
        QVERIFY(searchWith({}, {}));
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("eventsStatus"))->styleSheet().isEmpty());
    }

    void sinceAfterUntilIsAnErrorNotARewrite() {
        auto* period = m_page->findChild<QComboBox*>(QStringLiteral("period"));
        period->setCurrentIndex(period->count() - 1);
        auto* since = m_page->findChild<QDateTimeEdit*>(QStringLiteral("since"));
        auto* until = m_page->findChild<QDateTimeEdit*>(QStringLiteral("until"));
        until->setDateTime(QDateTime(QDate(2024, 3, 1), QTime(12, 0)));
        // Typed, as a person would: a Since after Until.
        since->setFocus();
        since->setSelectedSection(QDateTimeEdit::YearSection);
        QTest::keyClicks(since, QStringLiteral("2025"));
        QCOMPARE(since->date().year(), 2025); // kept as typed
        QCOMPARE(until->dateTime(), QDateTime(QDate(2024, 3, 1), QTime(12, 0)));
        QSignalSpy done(m_page.get(), &EventsPage::finished);
        m_page->search();
        QCOMPARE(done.size(), 1);
        QVERIFY(m_page->statusText().contains(QLatin1String("Since is after Until")));
        QCOMPARE(m_page->model()->rowCount(), 0);
        QCOMPARE(since->date().year(), 2025);
        period->setCurrentIndex(0);
        QVERIFY(searchWith({}, {}));
    }

    void destructiveQuestionsDefaultToNo() {
        EventsPage page(*m_engine.relay, m_engine.settings); // the real dialog, not the test's answer
        page.show();
        QSignalSpy done(&page, &EventsPage::finished);
        page.search();
        QVERIFY(done.wait(5000));
        page.selectIds({idOf(m_notes[5])});
        bool defaultWasNo = false;
        whenDialogOpens([&](ConfirmDialog* dialog) {
            defaultWasNo = dialog->defaultButton() == dialog->noButton();
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        page.deleteSelected(); // returns when the dialog closed
        QVERIFY(defaultWasNo);
        done.clear();
        page.search();
        QVERIFY(done.wait(5000));
        QCOMPARE(page.model()->rowCount(), 12); // Return deleted nothing

        // An empty filter (every stored event): Yes stays disabled until the box is checked.
        bool yesDisabled = false, hasBox = false;
        whenDialogOpens([&](ConfirmDialog* dialog) {
            yesDisabled = !dialog->yesButton()->isEnabled();
            hasBox = dialog->checkBox() && !dialog->checkBox()->isChecked();
            if (hasBox) dialog->checkBox()->setChecked(true);
            const bool enabledByBox = dialog->yesButton()->isEnabled();
            hasBox = hasBox && enabledByBox;
            QTest::keyClick(dialog, Qt::Key_Return); // still No
        });
        done.clear();
        page.deleteMatching();
        QVERIFY(done.wait(5000) || done.size() == 1);
        QVERIFY(yesDisabled);
        QVERIFY(hasBox);
        QCOMPARE(page.statusText(), QStringLiteral("Nothing deleted."));
        done.clear();
        page.search();
        QVERIFY(done.wait(5000));
        QCOMPARE(page.model()->rowCount(), 12);
    }

    void npubAuthorFindsTheirEvents() {
        m_page->findChild<QSpinBox*>()->setValue(100);
        QVERIFY(searchWith(nip19::npubFromHex(authorOf(m_notes[2])), {}));
        QCOMPARE(shownIds(), idsOf({2}));
        QVERIFY(searchWith(nip19::npubFromHex(authorOf(m_notes[4])), {}));
        QCOMPARE(shownIds(), idsOf({3, 4, 5, 6, 7, 8, 9, 10, 11}));
    }

    void tagFilter() {
        QVERIFY(searchWith({}, QStringLiteral("e=") + testsupport::kE7377));
        QCOMPARE(shownIds(), idsOf({5, 6, 7, 9}));
        const QString p = testsupport::kPD7e7;
        QVERIFY(searchWith({}, QStringLiteral("#p=") + nip19::npubFromHex(p)));
        QCOMPARE(shownIds(), idsOf({3, 5, 9}));
        QVERIFY(searchWith({}, QStringLiteral("p=%1; e=7377fa81fc6c7ae7f7f4ef8938d4a603f7bf98183b35ab128235cc92d4bebf96").arg(p)));
        QCOMPARE(shownIds(), idsOf({5, 9}));
        QVERIFY(searchWith({}, {}));
    }

    void deleteRemovesFromTheStore() {
        const QString id = idOf(m_notes[0]);
        m_page->selectIds({id});
        QSignalSpy done(m_page.get(), &EventsPage::finished);
        m_page->deleteSelected();
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().first().toString(), QString());
        QCOMPARE(m_page->model()->rowCount(), 11);
        m_page->findChild<QLineEdit*>(QStringLiteral("ids"))->setText(id);
        QVERIFY(search());
        QCOMPARE(m_page->model()->rowCount(), 0);
        // Deleted from the window: a tombstone keeps it out (issue 12); NIP-86 allowevent lifts it.
        QVERIFY(publish(m_notes[0]).contains(QLatin1String(",false,\"blocked:")));
        QSignalSpy allowed(this, &TestEventsPage::storeAnswered);
        m_engine.relay->unbanEvent(idOf(m_notes[0]), [this](bool, QString error) { emit storeAnswered(error); });
        QVERIFY(allowed.wait(5000));
        QCOMPARE(allowed.first().first().toString(), QString());
        QVERIFY(publish(m_notes[0]).contains(QLatin1String(",true,")));
        m_page->findChild<QLineEdit*>(QStringLiteral("ids"))->clear();
        m_page->findChild<QSpinBox*>()->setValue(100); // every note on one page from here on
    }

    void exportWritesTheSelection() {
        QVERIFY(searchWith({}, {}));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.jsonl"));
        m_page->setSaveFileName([path] { return path; });
        m_page->selectIds({idOf(m_notes[4]), idOf(m_notes[8]), idOf(m_notes[10])});
        QSignalSpy done(m_page.get(), &EventsPage::finished);
        m_page->exportSelected();
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().first().toString(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // three lines, each ending in a newline
        QVERIFY(lines.last().isEmpty());
        // In table order, newest first, each the event as stored.
        QCOMPARE(objectOf(lines[0]), objectOf(m_notes[10]));
        QCOMPARE(objectOf(lines[1]), objectOf(m_notes[8]));
        QCOMPARE(objectOf(lines[2]), objectOf(m_notes[4]));
    }

    void deleteMatchingAsksWithTheCount() {
        field("tags")->setText(QStringLiteral("e=7377fa81fc6c7ae7f7f4ef8938d4a603f7bf98183b35ab128235cc92d4bebf96"));
        QString question;
        m_page->setConfirmation([&question](const QString& q, const QString&) {
            question = q;
            return true;
        });
        QSignalSpy done(m_page.get(), &EventsPage::finished);
        m_page->deleteMatching();
        QVERIFY(done.wait(5000));
        m_page->setConfirmation([](const QString&, const QString&) { return true; });
        QCOMPARE(done.first().first().toString(), QString());
        QVERIFY2(question.startsWith(QLatin1String("Delete 4 event")), qPrintable(question));
        QCOMPARE(m_page->model()->rowCount(), 0); // the same filter searched again
        QVERIFY(searchWith({}, {}));
        QCOMPARE(shownIds(), idsOf({0, 1, 2, 3, 4, 8, 10, 11}));
        // Declined: nothing deleted.
        field("tags")->clear();
        done.clear();
        m_page->setConfirmation([](const QString&, const QString&) { return false; });
        m_page->deleteMatching();
        QVERIFY(done.wait(5000));
        m_page->setConfirmation([](const QString&, const QString&) { return true; });
        QVERIFY(searchWith({}, {}));
        QCOMPARE(m_page->model()->rowCount(), 8);
    }

    void banEventRefusesARepublish() {
        QVERIFY(search());
        const QString id = idOf(m_notes[1]);
        m_page->selectIds({id});
        QCOMPARE(m_page->view()->selectionModel()->selectedRows().size(), 1);
        QSignalSpy done(m_page.get(), &EventsPage::finished);
        m_page->banSelected();
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().first().toString(), QString());
        QVERIFY(publish(m_notes[1]).contains(QLatin1String(",false,\"blocked:")));
    }

    void banAuthorBlocksAndDeletes() {
        QVERIFY(searchWith({}, {}));
        const QString author = authorOf(m_notes[11]);
        m_page->selectIds({idOf(m_notes[11])});
        QCOMPARE(m_page->view()->selectionModel()->selectedRows().size(), 1);
        QSignalSpy done(m_page.get(), &EventsPage::finished);
        m_page->banAuthors();
        QVERIFY(m_engine.relay->config().access.bannedPubkeys.contains(author));
        QVERIFY(m_engine.configFile().contains(author.toLatin1()));
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().first().toString(), QString());
        QCOMPARE(shownIds(), idsOf({0, 2})); // their events left the table (note 1 was banned)...
        QVERIFY(searchWith(author, {}));
        QCOMPARE(m_page->model()->rowCount(), 0); // ...and the store
        QVERIFY(publish(m_notes[4]).contains(QLatin1String(",false,\"blocked:")));
        QVERIFY(searchWith({}, {}));
        QCOMPARE(shownIds(), idsOf({0, 2}));
    }
};

QTEST_MAIN(TestEventsPage)
#include "TestEventsPage.moc"
