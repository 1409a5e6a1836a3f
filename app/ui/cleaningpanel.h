#pragma once

#include "data/cleaningstep.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;

namespace prognos {

class CleaningPipeline;
class Session;

/// The cleaning steps of a session, in the order they are applied to the raw table: add,
/// edit, remove and reorder them. Every change is a command on the session's undo stack.
class CleaningPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CleaningPanel(QWidget *parent = nullptr);

    /// Shows and edits the steps of `session` (which must outlive the panel or the next call).
    void setSession(Session *session);

    void addStep(const CleaningStep &step);
    void replaceStep(int index, const CleaningStep &step);
    void removeStep(int index);
    void moveStep(int from, int to);

    int stepCount() const;
    QListWidget *stepList() const { return m_steps; }

public slots:
    /// Shows the session's steps and what the last cleaning did.
    void refresh();

private:
    void createWidgets();
    void createLayout();
    void connectSignals();
    void push(const CleaningPipeline &after, const QString &text);
    void askNewStep(CleaningStep::Kind kind);
    void editCurrent();
    void updateButtons();
    QStringList groupValues() const;

    Session *m_session = nullptr;
    QListWidget *m_steps = nullptr;
    QToolButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QLabel *m_log = nullptr;
};

} // namespace prognos
