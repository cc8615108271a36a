#pragma once
// Stored events per kind as a table (Dashboard's kind breakdown). Widgets-free.
#include "roost/RelaySnapshot.h"

#include <QAbstractTableModel>

namespace roost::ui {

/// Columns: kind number, its name (NIP-01 and friends, translated; "" when unknown), stored
/// events, share of all stored events (percent). SortRole gives the raw number.
class KindsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Kind, Name, Events, Share, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit KindsModel(QObject* parent = nullptr);

    /// Replaces the rows (a reset only when the set of kinds changed, else dataChanged).
    void setKinds(const QList<KindCount>& kinds);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A person's name for a kind ("Short text note" for 1, "Highlight" for 9802, "App data" for 30078),
    /// from the NIPs' kind list; for an unnamed kind in a NIP-01 or NIP-90 range the range with the
    /// number ("Addressable event (kind 31234)"); "" otherwise.
    static QString kindName(quint32 kind);

private:
    QList<KindCount> m_rows;
    quint64 m_total = 0;
};

} // namespace roost::ui
