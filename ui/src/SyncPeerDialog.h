#pragma once
// Add or edit one sync peer: URL, direction, mode, enabled and the NIP-01 filter.
#include "roost/SyncPeer.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace roost::ui {

class EventsFilterForm;

/// The peer dialog of the Sync page (issue 10 item 5). The filter is built with the Events
/// page's EventsFilterForm (kinds, authors as npub or hex, ids, tags) and shown as JSON below
/// it; the JSON can also be typed (for fields the form does not have, e.g. since), and then the
/// form follows when it can show it. OK checks everything through SyncPeer::parse (a ws:// or
/// wss:// URL with a host, a valid NIP-01 filter, 1..525600 minutes) plus `urlTaken` (a URL that
/// is already a peer) and keeps the dialog open with the reason under the fields when refused.
class SyncPeerDialog : public QDialog {
    Q_OBJECT
public:
    explicit SyncPeerDialog(QWidget* parent = nullptr);

    /// Shows `peer` (Edit); the title says so.
    void setPeer(const SyncPeer& peer);
    /// URLs OK refuses ("already a sync peer"); Edit leaves out the peer being edited.
    void setTakenUrls(const QStringList& urls) { m_taken = urls; }
    /// The peer as typed, validated; std::nullopt with the reason in `error` (translated).
    std::optional<SyncPeer> peer(QString* error = nullptr) const;
    /// The refusal shown under the fields ("" when none).
    QString errorText() const;

    QLineEdit* urlField() const { return m_url; }
    QLineEdit* jsonField() const { return m_json; }
    EventsFilterForm* filterForm() const { return m_form; }
    QComboBox* directionBox() const { return m_direction; }
    QComboBox* modeBox() const { return m_mode; }
    QSpinBox* minutesBox() const { return m_every; }
    QCheckBox* enabledBox() const { return m_enabled; }

public slots:
    /// Validates; closes with Accepted only when peer() succeeds.
    void accept() override;

private:
    void formEdited();
    void jsonEdited();
    void updateMode();
    void showError(const QString& error);

    QLineEdit* m_url;
    QComboBox* m_direction;
    QComboBox* m_mode;
    QSpinBox* m_every;
    QCheckBox* m_enabled;
    EventsFilterForm* m_form;
    QLineEdit* m_json;
    QLabel* m_formNote;
    QLabel* m_error;
    QString m_formError; // the form's error while the form was edited last and cannot be read
    QStringList m_taken;
};

} // namespace roost::ui
