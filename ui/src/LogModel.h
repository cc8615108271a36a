#pragma once
// Recent log lines (qDebug/qInfo/qWarning/qCritical from any thread) for the Log page.
// Widgets-free.
#include <QAbstractTableModel>
#include <QDateTime>

#include <deque>

namespace roost::ui {

/// Keeps the last `capacity` messages; shows those at or above the minimum level, newest last.
/// Columns: time, level, category, message.
class LogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Level, Category, Message, ColumnCount };
    /// Levels in increasing severity (QtMsgType order differs: QtInfoMsg is 4).
    enum class Severity { Debug = 0, Info = 1, Warning = 2, Critical = 3 };
    static constexpr int SeverityRole = Qt::UserRole + 1;

    struct Entry {
        QDateTime time;
        Severity severity = Severity::Info;
        QString category;
        QString message;
    };

    explicit LogModel(int capacity = 2000, QObject* parent = nullptr);
    ~LogModel() override;

    /// Appends a line (call in the model's thread; see installMessageHandler for other threads).
    void append(const Entry& entry);
    /// Shows only lines at or above `minimum` (Debug shows everything).
    void setMinimumSeverity(Severity minimum);
    Severity minimumSeverity() const { return m_minimum; }
    /// Every kept line, shown or not.
    const std::deque<Entry>& entries() const { return m_all; }

    /// Routes Qt's message handler into `model` (from any thread, delivered queued) and on to the
    /// previous handler, so the terminal keeps its output. nullptr restores the previous handler.
    static void installMessageHandler(LogModel* model);

    static QString severityName(Severity s);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    int m_capacity;
    Severity m_minimum = Severity::Info;
    std::deque<Entry> m_all;
    std::deque<const Entry*> m_shown; // points into m_all
};

} // namespace roost::ui
