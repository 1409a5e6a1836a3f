#include "preferencesdialog.h"

#include "preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace prognos {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    createWidgets();
    createLayout();
    showStored();
}

void PreferencesDialog::createWidgets()
{
    m_maxFile = new QSpinBox(this);
    m_maxFile->setRange(1, 2000);
    m_maxFile->setSuffix(tr(" MB"));
    m_maxFile->setToolTip(tr("Larger files are refused before they are read."));
    m_sessionMemory = new QSpinBox(this);
    m_sessionMemory->setRange(10, 1 << 20);
    m_sessionMemory->setSingleStep(100);
    m_sessionMemory->setSuffix(tr(" MB"));
    m_sessionMemory->setToolTip(tr("What one tab may hold: its imported file, the cleaned data "
                                   "and the results. Past it, the operation is refused."));
    m_idleClear = new QCheckBox(tr("Clear all data after"), this);
    m_idleMinutes = new QSpinBox(this);
    m_idleMinutes->setRange(10, 7 * 24 * 60);
    m_idleMinutes->setSingleStep(10);
    m_idleMinutes->setSuffix(tr(" minutes without input"));
    connect(m_idleClear, &QCheckBox::toggled, m_idleMinutes, &QWidget::setEnabled);
    m_palette = new QComboBox(this);
    for (auto palette :
         {Appearance::Palette::System, Appearance::Palette::Light, Appearance::Palette::Dark})
        m_palette->addItem(Appearance::displayName(palette), int(palette));
}

void PreferencesDialog::createLayout()
{
    auto *form = new QFormLayout;
    form->addRow(tr("Largest file:"), m_maxFile);
    form->addRow(tr("Memory per tab:"), m_sessionMemory);
    auto *idle = new QHBoxLayout;
    idle->addWidget(m_idleClear);
    idle->addWidget(m_idleMinutes, 1);
    form->addRow(tr("Idle auto-clear:"), idle);
    form->addRow(tr("Palette:"), m_palette);
    auto *note = new QLabel(tr("A warning comes five minutes before the auto-clear; any key "
                               "or mouse input cancels it. These preferences are all that "
                               "Prognos keeps between runs."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void PreferencesDialog::showStored()
{
    m_maxFile->setValue(Preferences::maxFileMegabytes());
    m_sessionMemory->setValue(Preferences::sessionMemoryMegabytes());
    const int idle = Preferences::idleClearMinutes();
    m_idleClear->setChecked(idle > 0);
    m_idleMinutes->setValue(idle > 0 ? idle : Preferences::kDefaultIdleClearMinutes);
    m_idleMinutes->setEnabled(idle > 0);
    m_palette->setCurrentIndex(m_palette->findData(int(Appearance::storedPalette())));
}

void PreferencesDialog::accept()
{
    Preferences::setMaxFileMegabytes(m_maxFile->value());
    Preferences::setSessionMemoryMegabytes(m_sessionMemory->value());
    Preferences::setIdleClearMinutes(m_idleClear->isChecked() ? m_idleMinutes->value() : 0);
    const auto palette = Appearance::Palette(m_palette->currentData().toInt());
    if (palette != Appearance::storedPalette())
        Appearance::storePalette(palette);
    emit preferencesChanged();
    QDialog::accept();
}

} // namespace prognos
