#pragma once
// Stored events (as returned by Relay::queryEvents) as a table for the Events page. Widgets-free.
#include <QAbstractTableModel>
#include <QByteArray>
#include <QJsonObject>

namespace roost::ui {

/// One row per event, newest first as given. Columns: created_at, kind, author (short),
/// content (first line). Roles: SortRole raw values, IdRole / PubkeyRole hex, JsonRole the
/// wire JSON (QByteArray), CreatedAtRole Unix seconds.
class EventsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CreatedAt, Kind, Author, Content, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, PubkeyRole, JsonRole, CreatedAtRole };

    explicit EventsModel(QObject* parent = nullptr);

    /// Replaces the rows with `events` (wire JSON, one event object each; unparsable ones are skipped).
    void setEvents(const QList<QByteArray>& events);
    /// Appends the events whose id is not shown yet (the next page); returns how many were new.
    int appendEvents(const QList<QByteArray>& events);
    /// Removes the rows of these event ids.
    void removeIds(const QStringList& ids);
    /// Removes the rows whose author (hex pubkey) is one of `pubkeys`.
    void removeAuthors(const QStringList& pubkeys);
    /// The oldest created_at shown (Unix seconds), or -1 when empty.
    qint64 oldestCreatedAt() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString id;
        QString pubkey;
        qint64 createdAt = 0;
        quint32 kind = 0;
        QString content;
        QByteArray json;
    };
    static bool parse(const QByteArray& json, Row& row);
    QList<Row> m_rows;
};

} // namespace roost::ui
