#pragma once

#include "data/cleaningstep.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QStackedWidget;

namespace prognos {

/// Edits one cleaning step: its kind, then the fields of that kind (aggregator, fill,
/// threshold, transform, target frequency, date range or group value).
class CleaningStepDialog : public QDialog
{
    Q_OBJECT

public:
    /// `groups` are the values offered for a group selection.
    explicit CleaningStepDialog(const QStringList &groups, QWidget *parent = nullptr);

    void setStep(const CleaningStep &step);
    /// The step as the fields describe it now.
    CleaningStep step() const;

    /// A translated name for a kind of step, as the Add menu lists it.
    static QString kindName(CleaningStep::Kind kind);
    /// Every kind of step, in menu order.
    static QList<CleaningStep::Kind> kinds();

private:
    void createWidgets(const QStringList &groups);
    void createLayout();
    QWidget *createAggregatePage();
    QWidget *createFillPage();
    QWidget *createOutlierPage();
    QWidget *createTransformPage();
    QWidget *createResamplePage();
    QWidget *createDateRangePage();
    QWidget *createGroupPage();

    QComboBox *m_kind = nullptr;
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_aggregator = nullptr;
    QComboBox *m_fill = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QComboBox *m_transform = nullptr;
    QComboBox *m_frequency = nullptr;
    QComboBox *m_resampleAggregator = nullptr;
    QCheckBox *m_hasFrom = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_hasTo = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_group = nullptr;
};

} // namespace prognos
