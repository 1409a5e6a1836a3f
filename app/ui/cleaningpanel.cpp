#include "cleaningpanel.h"

#include "cleaningcommand.h"
#include "cleaningstepdialog.h"
#include "session.h"
#include "uilogging.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <set>

namespace prognos {

CleaningPanel::CleaningPanel(QWidget *parent)
    : QWidget(parent)
{
    createWidgets();
    createLayout();
    connectSignals();
    updateButtons();
}

void CleaningPanel::createWidgets()
{
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("cleaning_steps"));
    m_steps->setToolTip(tr("The steps run in this order on the raw data, which is never "
                           "changed: remove a step and the data is as before."));
    m_add = new QToolButton(this);
    m_add->setText(tr("Add Step"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setToolTip(tr("Add a step at the end of the list"));
    auto *menu = new QMenu(m_add);
    for (CleaningStep::Kind kind : CleaningStepDialog::kinds()) {
        menu->addAction(CleaningStepDialog::kindName(kind) + QStringLiteral("…"), this,
                        [this, kind] { askNewStep(kind); });
    }
    m_add->setMenu(menu);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setToolTip(tr("Change the selected step"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setToolTip(tr("Remove the selected step; Edit > Undo brings it back"));
    m_up = new QPushButton(tr("Up"), this);
    m_up->setToolTip(tr("Apply this step earlier"));
    m_down = new QPushButton(tr("Down"), this);
    m_down->setToolTip(tr("Apply this step later"));
    m_log = new QLabel(this);
    m_log->setWordWrap(true);
    m_log->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void CleaningPanel::createLayout()
{
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Cleaning steps</b>"), this));
    layout->addWidget(m_steps, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_log);
}

void CleaningPanel::connectSignals()
{
    connect(m_steps, &QListWidget::currentRowChanged, this, &CleaningPanel::updateButtons);
    connect(m_steps, &QListWidget::itemActivated, this, &CleaningPanel::editCurrent);
    connect(m_edit, &QPushButton::clicked, this, &CleaningPanel::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeStep(m_steps->currentRow()); });
    connect(m_up, &QPushButton::clicked, this, [this] {
        const int row = m_steps->currentRow();
        moveStep(row, row - 1);
    });
    connect(m_down, &QPushButton::clicked, this, [this] {
        const int row = m_steps->currentRow();
        moveStep(row, row + 1);
    });
}

void CleaningPanel::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &Session::cleaningChanged, this, &CleaningPanel::refresh);
    refresh();
}

int CleaningPanel::stepCount() const
{
    return m_session ? int(m_session->pipeline().steps().size()) : 0;
}

void CleaningPanel::addStep(const CleaningStep &step)
{
    if (!m_session)
        return;
    CleaningPipeline after = m_session->pipeline();
    after.append(step);
    push(after, tr("Add %1").arg(step.describe()));
}

void CleaningPanel::replaceStep(int index, const CleaningStep &step)
{
    if (index < 0 || index >= stepCount())
        return;
    QList<CleaningStep> steps = m_session->pipeline().steps();
    steps[index] = step;
    push(CleaningPipeline(steps), tr("Edit %1").arg(step.describe()));
}

void CleaningPanel::removeStep(int index)
{
    if (index < 0 || index >= stepCount())
        return;
    CleaningPipeline after = m_session->pipeline();
    const QString text = tr("Remove %1").arg(after.steps().at(index).describe());
    after.remove(index);
    push(after, text);
}

void CleaningPanel::moveStep(int from, int to)
{
    if (from < 0 || to < 0 || from >= stepCount() || to >= stepCount() || from == to)
        return;
    CleaningPipeline after = m_session->pipeline();
    const QString text = tr("Move %1").arg(after.steps().at(from).describe());
    after.move(from, to);
    push(after, text);
    m_steps->setCurrentRow(to);
}

void CleaningPanel::push(const CleaningPipeline &after, const QString &text)
{
    // The command's redo() applies the new steps; the session then tells every view.
    m_session->undoStack()->push(
        new CleaningCommand(m_session, m_session->pipeline(), after, text));
    qCDebug(lcUi) << "cleaning steps changed";
}

void CleaningPanel::askNewStep(CleaningStep::Kind kind)
{
    CleaningStepDialog dialog(groupValues(), this);
    CleaningStep step;
    step.kind = kind;
    dialog.setStep(step);
    if (dialog.exec() == QDialog::Accepted)
        addStep(dialog.step());
}

void CleaningPanel::editCurrent()
{
    const int index = m_steps->currentRow();
    if (index < 0 || index >= stepCount())
        return;
    CleaningStepDialog dialog(groupValues(), this);
    dialog.setStep(m_session->pipeline().steps().at(index));
    if (dialog.exec() == QDialog::Accepted)
        replaceStep(index, dialog.step());
}

void CleaningPanel::refresh()
{
    const int current = m_steps->currentRow();
    m_steps->clear();
    if (!m_session) {
        m_log->clear();
        updateButtons();
        return;
    }
    for (const CleaningStep &step : m_session->pipeline().steps())
        m_steps->addItem(step.describe());
    m_steps->setCurrentRow(std::min(current, m_steps->count() - 1));
    const CleaningResult &cleaned = m_session->cleaned();
    if (m_session->pipeline().steps().isEmpty())
        m_log->setText(tr("No cleaning: the model is fitted on the data as imported."));
    else if (!cleaned.ok)
        m_log->setText(tr("<span style='color:#c0392b'>%1</span> The data as imported is "
                          "shown and used.")
                           .arg(cleaned.error.toHtmlEscaped()));
    else
        m_log->setText(cleaned.log.join(QLatin1Char('\n')));
    updateButtons();
}

void CleaningPanel::updateButtons()
{
    const int row = m_steps->currentRow();
    const bool selected = row >= 0 && row < m_steps->count();
    m_add->setEnabled(m_session != nullptr);
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_up->setEnabled(selected && row > 0);
    m_down->setEnabled(selected && row + 1 < m_steps->count());
}

QStringList CleaningPanel::groupValues() const
{
    if (!m_session)
        return {};
    const std::vector<QString> &groups = m_session->import().series.group;
    const std::set<QString> distinct(groups.begin(), groups.end());
    return QStringList(distinct.begin(), distinct.end());
}

} // namespace prognos
