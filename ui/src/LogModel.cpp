#include "LogModel.h"

#include <QMetaObject>
#include <QPointer>

#include <mutex>

namespace roost::ui {

namespace {

std::mutex g_handlerMutex; // guards g_model and g_previous: the handler runs on any thread
QPointer<LogModel> g_model;
QtMessageHandler g_previous = nullptr;
bool g_installed = false;

LogModel::Severity severityOf(QtMsgType type) {
    switch (type) {
    case QtDebugMsg: return LogModel::Severity::Debug;
    case QtInfoMsg: return LogModel::Severity::Info;
    case QtWarningMsg: return LogModel::Severity::Warning;
    case QtCriticalMsg:
    case QtFatalMsg: return LogModel::Severity::Critical;
    }
    return LogModel::Severity::Info;
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    QtMessageHandler previous = nullptr;
    {
        std::lock_guard lock(g_handlerMutex);
        previous = g_previous;
        if (g_model) {
            LogModel::Entry e{QDateTime::currentDateTime(), severityOf(type),
                              QString::fromLatin1(context.category ? context.category : "default"), message};
            QPointer<LogModel> model = g_model;
            QMetaObject::invokeMethod(model, [model, e] { if (model) model->append(e); }, Qt::QueuedConnection);
        }
    }
    if (previous) previous(type, context, message);
}

} // namespace

LogModel::LogModel(int capacity, QObject* parent) : QAbstractTableModel(parent), m_capacity(std::max(1, capacity)) {}

LogModel::~LogModel() {
    std::lock_guard lock(g_handlerMutex);
    if (g_model == this) g_model = nullptr;
}

void LogModel::installMessageHandler(LogModel* model) {
    std::lock_guard lock(g_handlerMutex);
    g_model = model;
    if (model && !g_installed) {
        g_previous = qInstallMessageHandler(handler);
        g_installed = true;
    } else if (!model && g_installed) {
        qInstallMessageHandler(g_previous);
        g_previous = nullptr;
        g_installed = false;
    }
}

QString LogModel::severityName(Severity s) {
    switch (s) {
    case Severity::Debug: return tr("Debug");
    case Severity::Info: return tr("Info");
    case Severity::Warning: return tr("Warning");
    case Severity::Critical: return tr("Error");
    }
    return {};
}

void LogModel::append(const Entry& entry) {
    if (int(m_all.size()) >= m_capacity) {
        const Entry* oldest = &m_all.front();
        if (!m_shown.empty() && m_shown.front() == oldest) {
            beginRemoveRows({}, 0, 0);
            m_shown.pop_front();
            m_all.pop_front();
            endRemoveRows();
        } else {
            m_all.pop_front();
        }
    }
    m_all.push_back(entry);
    if (entry.severity < m_minimum) return;
    const int row = int(m_shown.size());
    beginInsertRows({}, row, row);
    m_shown.push_back(&m_all.back());
    endInsertRows();
}

void LogModel::setMinimumSeverity(Severity minimum) {
    if (minimum == m_minimum) return;
    m_minimum = minimum;
    rebuild();
}

void LogModel::rebuild() {
    beginResetModel();
    m_shown.clear();
    for (const Entry& e : m_all)
        if (e.severity >= m_minimum) m_shown.push_back(&e);
    endResetModel();
}

int LogModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_shown.size()); }

int LogModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LogModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Entry& e = *m_shown[size_t(index.row())];
    if (role == SeverityRole) return int(e.severity);
    if (role == Qt::ToolTipRole && index.column() == Message) return e.message;
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case Time: return e.time.toString(QStringLiteral("HH:mm:ss.zzz"));
    case Level: return severityName(e.severity);
    case Category: return e.category;
    case Message: return e.message;
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Level: return tr("Level");
    case Category: return tr("Category");
    case Message: return tr("Message");
    }
    return {};
}

} // namespace roost::ui
