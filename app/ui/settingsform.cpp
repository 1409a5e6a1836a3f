#include "settingsform.h"

#include <QFormLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace prognos {

SettingsForm::SettingsForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

QWidget *SettingsForm::fieldContainer(const QString &key, QWidget *field, const QString &toolTip)
{
    auto *container = new QWidget(this);
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    field->setParent(container);
    field->setObjectName(key); // lets tests and the screenshot tour find the field
    field->setToolTip(toolTip);
    layout->addWidget(field);

    auto *problem = new QLabel(container);
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #d03030;"));
    problem->setVisible(false);
    layout->addWidget(problem);
    m_problemLabels.insert(key, problem);
    m_keys.append(key);
    return container;
}

void SettingsForm::addField(const QString &key, const QString &label, QWidget *field,
                            const QString &toolTip)
{
    QWidget *container = fieldContainer(key, field, toolTip);
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setToolTip(toolTip);
    labelWidget->setBuddy(field);
    m_layout->addRow(labelWidget, container);
}

void SettingsForm::addWideField(const QString &key, const QString &label, QWidget *field,
                                const QString &toolTip)
{
    QWidget *container = fieldContainer(key, field, toolTip);
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setToolTip(toolTip);
    labelWidget->setBuddy(field);
    m_layout->addRow(labelWidget);
    m_layout->addRow(container);
}

void SettingsForm::addProblemPattern(const QString &key, const QString &pattern)
{
    m_patterns.append({key, QRegularExpression(pattern)});
}

QStringList SettingsForm::showProblems(const QStringList &problems)
{
    QHash<QString, QStringList> byKey;
    QStringList unmatched;
    for (const QString &problem : problems) {
        QString owner;
        for (const auto &[key, pattern] : std::as_const(m_patterns)) {
            if (owner.isEmpty() && problem.contains(pattern))
                owner = key;
        }
        for (const QString &key : std::as_const(m_keys)) {
            const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(key),
                                          QRegularExpression::CaseInsensitiveOption);
            if (owner.isEmpty() && problem.contains(word))
                owner = key;
        }
        if (owner.isEmpty())
            unmatched.append(problem);
        else
            byKey[owner].append(problem);
    }
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        const QStringList own = byKey.value(it.key());
        it.value()->setText(own.join(QLatin1Char('\n')));
        it.value()->setVisible(!own.isEmpty());
    }
    return unmatched;
}

} // namespace prognos
