#pragma once

#include "appearance.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace prognos {

/// Edit > Preferences: the file size limit, the memory limit of a session, the idle
/// auto-clear and the palette. Accepting stores them through Preferences (and Appearance);
/// the window applies them when preferencesChanged() is emitted.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QSpinBox *maxFileBox() const { return m_maxFile; }
    QSpinBox *sessionMemoryBox() const { return m_sessionMemory; }
    QCheckBox *idleClearCheck() const { return m_idleClear; }
    QSpinBox *idleClearBox() const { return m_idleMinutes; }
    QComboBox *paletteBox() const { return m_palette; }

    /// Stores the values shown and closes.
    void accept() override;

signals:
    void preferencesChanged();

private:
    void createWidgets();
    void createLayout();
    void showStored();

    QSpinBox *m_maxFile = nullptr;
    QSpinBox *m_sessionMemory = nullptr;
    QCheckBox *m_idleClear = nullptr;
    QSpinBox *m_idleMinutes = nullptr;
    QComboBox *m_palette = nullptr;
};

} // namespace prognos
