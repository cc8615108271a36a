#include "SettingsFormWidget.h"

#include "ConnectionsModel.h"
#include "ListEditWidget.h"
#include "PublicKeys.h"
#include "SettingLabels.h"
#include "roost/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QApplication>
#include <QClipboard>
#include <QSpinBox>
#include <QVBoxLayout>

#include <climits>

namespace roost::ui {

namespace {

bool isLevelKey(const QString& key) { return key.startsWith(QLatin1String("access/min_level_")); }

// Keys holding public keys: typed as npub or hex, stored as hex, shown as npub.
bool isKeyList(const QString& key) { return key.endsWith(QLatin1String("_pubkeys")); }
bool isSingleKey(const QString& key) { return key == QLatin1String("relay/pubkey"); }

// The command-line option that overrides `key` ("relay/data_dir" -> "--data-dir").
QString optionOf(const QString& key) {
    return QStringLiteral("--") + key.section(QLatin1Char('/'), 1).replace(QLatin1Char('_'), QLatin1Char('-'));
}

QStringList toStrings(const QVariant& v) {
    QStringList out;
    for (const QVariant& item : v.toList()) out << item.toString();
    return out;
}

} // namespace

SettingsFormWidget::SettingsFormWidget(Settings& settings, const QStringList& sections, const QStringList& skipKeys,
                                       QWidget* parent)
    : QWidget(parent), m_settings(settings), m_error(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    for (const QString& section : sections) {
        auto* box = new QGroupBox(sectionTitle(section), this);
        auto* form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        for (const SettingSpec& spec : settingsSchema()) {
            if (spec.key.section(QLatin1Char('/'), 0, 0) != section || skipKeys.contains(spec.key)) continue;
            QWidget* control = createControl(spec);
            QString tip = spec.description;
            QString label = settingLabel(spec.key);
            if (!spec.live) {
                tip += QLatin1Char('\n') + tr("Applies when Roost is started again.");
                label += QLatin1String(" *");
            }
            control->setToolTip(tip);
            control->setObjectName(spec.key);
            auto* labelWidget = new QLabel(label, box);
            labelWidget->setToolTip(tip);
            labelWidget->setBuddy(control);
            form->addRow(labelWidget, control);
            m_controls.insert(spec.key, control);
            m_tips.insert(spec.key, tip);
            // Shown under the control while a command-line option overrides the file's value.
            auto* note = new QLabel(box);
            note->setObjectName(spec.key + QStringLiteral("/override"));
            note->setWordWrap(true);
            note->setStyleSheet(QStringLiteral("color: #b9770e;"));
            note->hide();
            form->addRow(note);
            m_overrideNotes.insert(spec.key, note);
            refresh(spec.key);
        }
        layout->addWidget(box);
    }
    layout->addStretch(1);
    connect(&m_settings, &Settings::changed, this, &SettingsFormWidget::refresh);
}

QString SettingsFormWidget::lastError() const { return m_error->isHidden() ? QString() : m_error->text(); }

QWidget* SettingsFormWidget::createControl(const SettingSpec& spec) {
    const QString key = spec.key;
    switch (spec.type) {
    case SettingType::Bool: {
        auto* box = new QCheckBox(this);
        connect(box, &QCheckBox::toggled, this, [this, key](bool on) { commit(key, on); });
        return box;
    }
    case SettingType::Int: {
        if (isLevelKey(key)) {
            auto* combo = new QComboBox(this);
            for (int level = 0; level <= 4; ++level) combo->addItem(ConnectionsModel::levelName(level), level);
            connect(combo, &QComboBox::activated, this, [this, key, combo](int i) { commit(key, combo->itemData(i)); });
            return combo;
        }
        auto* spin = new QSpinBox(this);
        spin->setRange(int(std::max<qint64>(spec.minimum, INT_MIN)), int(std::min<qint64>(spec.maximum, INT_MAX)));
        spin->setGroupSeparatorShown(false); // a port reads 4869, as in the config file, not "4,869"
        spin->setKeyboardTracking(false);
        connect(spin, &QSpinBox::valueChanged, this, [this, key](int v) { commit(key, v); });
        return spin;
    }
    case SettingType::Double: {
        auto* spin = new QDoubleSpinBox(this);
        spin->setRange(0, 1e6);
        spin->setDecimals(2);
        spin->setSpecialValueText(tr("unlimited"));
        spin->setKeyboardTracking(false);
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, key](double v) { commit(key, v); });
        return spin;
    }
    case SettingType::String: {
        auto* edit = new QLineEdit(this);
        if (isSingleKey(key)) {
            edit->setPlaceholderText(tr("npub1… or 64 hex characters"));
            edit->setContextMenuPolicy(Qt::CustomContextMenu);
            connect(edit, &QLineEdit::customContextMenuRequested, this, [this, key, edit](const QPoint& at) {
                QMenu* menu = edit->createStandardContextMenu();
                const QString hex = m_settings.value(key).toString();
                menu->addSeparator();
                menu->addAction(tr("Copy key as hex"), this, [hex] { QApplication::clipboard()->setText(hex); })
                    ->setEnabled(!hex.isEmpty());
                menu->exec(edit->mapToGlobal(at));
                delete menu;
            });
            connect(edit, &QLineEdit::textEdited, this, [edit] { edit->setStyleSheet({}); });
        }
        connect(edit, &QLineEdit::editingFinished, this, [this, key, edit] {
            QString text = edit->text().trimmed();
            if (isSingleKey(key) && !text.isEmpty()) {
                const auto hex = PublicKeys::parse(text);
                if (!hex) {
                    // Refused on entry, visibly; the relay keeps the previous key.
                    showError(tr("%1: %2").arg(settingLabel(key), PublicKeys::invalid(text)));
                    edit->setStyleSheet(QStringLiteral("border: 1px solid #c0392b;"));
                    return;
                }
                text = *hex;
            }
            edit->setStyleSheet({});
            if (text != m_settings.value(key).toString()) commit(key, text);
            else if (isSingleKey(key)) refresh(key); // show the npub of what was typed as hex
        });
        return edit;
    }
    case SettingType::StringList:
    case SettingType::IntList:
    case SettingType::PeerList: {
        auto* list = new ListEditWidget(this);
        if (spec.type == SettingType::IntList) {
            list->setPlaceholder(tr("kind number, e.g. 1"));
        } else if (key.endsWith(QLatin1String("_ips"))) {
            list->setPlaceholder(tr("IP address, e.g. 192.0.2.7"));
        } else if (isKeyList(key)) {
            list->setPlaceholder(tr("public key: npub1… or 64 hex characters"));
            list->setParser(&PublicKeys::parse, &PublicKeys::invalid);
            list->setFormatter(&PublicKeys::npub, &PublicKeys::tooltip);
            list->addCopyAction(tr("Copy npub"), &PublicKeys::npub);
            list->addCopyAction(tr("Copy hex"), [](const QString& hex) { return hex; });
        }
        connect(list, &ListEditWidget::edited, this, [this, key](const QStringList& items) { commit(key, items); });
        return list;
    }
    }
    return new QWidget(this);
}

void SettingsFormWidget::showError(const QString& error) {
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void SettingsFormWidget::commit(const QString& key, const QVariant& value) {
    QString error;
    if (m_settings.setValue(key, value, &error)) {
        showError({});
        return;
    }
    showError(tr("%1: %2").arg(settingLabel(key), error));
    refresh(key);
}

void SettingsFormWidget::refresh(const QString& key) {
    QWidget* control = m_controls.value(key);
    const SettingSpec* spec = findSetting(key);
    if (!control || !spec) return;
    const QVariant v = m_settings.value(key);
    const QSignalBlocker block(control);
    if (auto* box = qobject_cast<QCheckBox*>(control)) box->setChecked(v.toBool());
    else if (auto* combo = qobject_cast<QComboBox*>(control)) combo->setCurrentIndex(combo->findData(v.toInt()));
    else if (auto* spin = qobject_cast<QSpinBox*>(control)) spin->setValue(v.toInt());
    else if (auto* dspin = qobject_cast<QDoubleSpinBox*>(control)) dspin->setValue(v.toDouble());
    else if (auto* edit = qobject_cast<QLineEdit*>(control)) {
        if (isSingleKey(key)) {
            const QString hex = v.toString();
            edit->setText(PublicKeys::npub(hex));
            edit->setToolTip(m_tips.value(key) + (hex.isEmpty() ? QString() : QLatin1Char('\n') + hex));
        } else {
            edit->setText(v.toString());
        }
    } else if (auto* list = qobject_cast<ListEditWidget*>(control)) list->setItems(toStrings(v));
    // A value given on the command line wins over the file for this run: say so, and do not
    // offer an edit that would not apply.
    const bool overridden = m_settings.overriddenKeys().contains(key);
    control->setEnabled(!overridden);
    if (QLabel* note = m_overrideNotes.value(key)) {
        note->setVisible(overridden);
        if (overridden)
            note->setText(tr("Set by %1 on the command line (or its environment variable) for this run; it overrides "
                             "the config file.").arg(optionOf(key)));
    }
}

} // namespace roost::ui
