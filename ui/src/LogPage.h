#pragma once
// Log: recent log lines with a level filter.
#include <QWidget>

class QComboBox;
class QTableView;

namespace roost::ui {

class LogModel;

/// Shows `model` (kept by the caller), newest at the bottom, following new lines while the
/// view is scrolled to the end. The combo box sets LogModel's minimum severity.
class LogPage : public QWidget {
    Q_OBJECT
public:
    explicit LogPage(LogModel& model, QWidget* parent = nullptr);
    QComboBox* levelFilter() const { return m_level; }

private:
    LogModel& m_model;
    QComboBox* m_level;
    QTableView* m_view;
};

} // namespace roost::ui
