#pragma once
// Draws the Sync page's Progress column as a progress bar.
#include <QStyledItemDelegate>

namespace roost::ui {

/// Paints a progress bar in cells whose SyncPeersModel::ProgressRole is 0..1 (a running sync:
/// the share of differing ids moved so far), with the cell's DisplayRole text on it ("120 of
/// 480" or the phase); cells with -1 or no value (no run) are painted as usual (empty).
class SyncProgressDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace roost::ui
