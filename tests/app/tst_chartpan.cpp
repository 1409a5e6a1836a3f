#include "ui/forecastchartview.h"

#include <QDateTimeAxis>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace prognos;

class TestChartPan : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void middleDragPans();
    void shiftDragPans();
    void leftDragStillZooms();
    void arrowKeysPan();

private:
    qint64 left() const { return m_x->min().toMSecsSinceEpoch(); }
    qint64 span() const { return m_x->max().toMSecsSinceEpoch() - left(); }

    ForecastChartView *m_view = nullptr;
    QDateTimeAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
};

void TestChartPan::init()
{
    m_view = new ForecastChartView;
    m_view->resize(900, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_x = qobject_cast<QDateTimeAxis *>(m_view->chart()->axes(Qt::Horizontal).value(0));
    m_y = qobject_cast<QValueAxis *>(m_view->chart()->axes(Qt::Vertical).value(0));
    QVERIFY(m_x && m_y);
    m_x->setRange(QDateTime(QDate(2020, 1, 1), QTime(0, 0)),
                  QDateTime(QDate(2021, 1, 1), QTime(0, 0)));
    m_y->setRange(0, 100);
    QCoreApplication::processEvents();
}

void TestChartPan::cleanup()
{
    delete m_view;
}

void TestChartPan::middleDragPans()
{
    const qint64 before = left(), width = span();
    const qreal plotWidth = m_view->chart()->plotArea().width();
    QWidget *viewport = m_view->viewport();
    const QPoint from = viewport->rect().center();
    QTest::mousePress(viewport, Qt::MiddleButton, Qt::NoModifier, from);
    QTest::mouseMove(viewport, from + QPoint(-100, 0));
    QTest::mouseRelease(viewport, Qt::MiddleButton, Qt::NoModifier, from + QPoint(-100, 0));
    // Dragging 100 pixels to the left shows later dates: 100 / plot width of the span.
    QVERIFY(std::abs(span() - width) <= 1000);
    const double expected = double(width) * 100.0 / plotWidth;
    QVERIFY2(std::abs(double(left() - before) - expected) < double(width) * 0.002,
             qPrintable(
                 QStringLiteral("moved %1 ms, expected %2 ms").arg(left() - before).arg(expected)));
    QCOMPARE(m_y->min(), 0.0);
}

void TestChartPan::shiftDragPans()
{
    const qint64 before = left(), width = span();
    QWidget *viewport = m_view->viewport();
    const QPoint from = viewport->rect().center();
    QTest::mousePress(viewport, Qt::LeftButton, Qt::ShiftModifier, from);
    QTest::mouseMove(viewport, from + QPoint(80, 40));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::ShiftModifier, from + QPoint(80, 40));
    QVERIFY(std::abs(span() - width) <= 1000);
    QVERIFY(left() < before);  // dragged right: earlier dates come into view
    QVERIFY(m_y->min() > 0.0); // dragged down: higher values come into view
    QVERIFY(std::abs(m_y->max() - m_y->min() - 100.0) < 1e-9);
}

void TestChartPan::leftDragStillZooms()
{
    const qint64 width = span();
    QWidget *viewport = m_view->viewport();
    const QPoint from = viewport->rect().center() - QPoint(100, 80);
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(viewport, from + QPoint(200, 160));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, from + QPoint(200, 160));
    QVERIFY(span() < width / 2);
}

void TestChartPan::arrowKeysPan()
{
    const qint64 before = left(), width = span();
    QTest::keyClick(m_view, Qt::Key_Right);
    QVERIFY(std::abs(span() - width) <= 1000);
    QVERIFY(left() > before);
    QTest::keyClick(m_view, Qt::Key_Left);
    QVERIFY(std::abs(left() - before) <= 1000);
}

QTEST_MAIN(TestChartPan)
#include "tst_chartpan.moc"
