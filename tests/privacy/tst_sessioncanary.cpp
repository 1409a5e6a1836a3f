// Nothing of a session outlives it (issue #7): a CSV holding a unique marker (as its value
// column's name and a tab title) and unique values is opened in the window, fitted, shown on
// every page and closed; then the process's own readable memory holds neither the marker
// nor the bytes of the values, as text or as doubles.
#include "memoryscanner.h"

#include "privacy/securememory.h"
#include "privacy/wipingheap.h"
#include "ui/mainwindow.h"
#include "ui/session.h"
#include "ui/sessionwidget.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

#include <memory>
#include <vector>

using namespace prognos;
using namespace prognos::testing;

namespace {

using Needle = std::unique_ptr<QByteArray>;

/// A byte pattern to look for, and whether the open session surely holds it (the others,
/// such as the UTF-16 text of a value, exist only if some view happened to make them).
struct Probe
{
    Needle bytes;
    bool heldWhileOpen = true;
};

Needle randomText(const char *prefix, int length)
{
    auto text = std::make_unique<QByteArray>(prefix);
    static const char letters[] = "abcdefghijklmnopqrstuvwxyz";
    for (int i = 0; i < length; ++i)
        text->append(letters[QRandomGenerator::system()->bounded(26)]);
    return text;
}

/// The UTF-16 bytes of Latin-1 `text`, as a QString holds them.
Needle utf16(const QByteArray &text)
{
    auto bytes = std::make_unique<QByteArray>();
    for (char c : text)
        bytes->append(c).append('\0');
    return bytes;
}

Needle doubleBytes(double value)
{
    return std::make_unique<QByteArray>(reinterpret_cast<const char *>(&value), sizeof value);
}

std::size_t hitsOf(const QByteArray &needle)
{
    const auto begin = reinterpret_cast<std::uintptr_t>(needle.constData());
    return MemoryScanner::find(needle, begin, begin + std::uintptr_t(needle.size())).size();
}

} // namespace

class TestSessionCanary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void closedSessionLeavesNothingInMemory();
};

void TestSessionCanary::initTestCase()
{
#if !defined(__linux__)
    QSKIP("The memory scan reads /proc/self/mem (Linux).");
#endif
    if (!WipingHeap::isActive())
        QSKIP("The wiping heap is off in sanitizer builds.");
}

void TestSessionCanary::closedSessionLeavesNothingInMemory()
{
    const Needle marker = randomText("CanaryColumn", 24);
    const Needle title = randomText("CanaryTitle", 24);
    std::vector<Probe> probes;
    probes.push_back({std::make_unique<QByteArray>(*marker)});
    probes.push_back({utf16(*marker)});
    probes.push_back({std::make_unique<QByteArray>(*title), false});
    probes.push_back({utf16(*title)});

    // 400 days of unique values: a random offset, written with six decimals.
    auto csv = std::make_unique<QByteArray>("ds," + *marker + '\n');
    double offset = 5000 + QRandomGenerator::system()->generateDouble();
    const QDate start(2021, 3, 1);
    for (int day = 0; day < 400; ++day) {
        double value = offset + 10 * std::sin(day * 0.9) + day * 0.173;
        const QByteArray text = QByteArray::number(value, 'f', 6);
        value = text.toDouble(); // the double the import reads
        csv->append(start.addDays(day).toString(Qt::ISODate).toLatin1() + ',' + text + '\n');
        if (day % 97 == 13) {
            probes.push_back({std::make_unique<QByteArray>(text)});
            probes.push_back({utf16(text), false});
            probes.push_back({doubleBytes(value)});
        }
        SecureMemory::wipe(&value, sizeof value);
    }
    SecureMemory::wipe(&offset, sizeof offset);

    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openBytes(std::move(*csv), QString::fromLatin1(*title)));
        csv.reset();
        for (const Probe &probe : probes) {
            if (probe.heldWhileOpen)
                QVERIFY2(hitsOf(*probe.bytes) >= 1, "the scanner finds the open session's data");
        }

        SessionWidget *session = window.currentSession();
        ProphetConfig config = session->session()->config();
        config.uncertaintySamples = 100;
        session->session()->setConfig(config);
        QSignalSpy chart(session, &SessionWidget::chartUpdated);
        session->startRun();
        QVERIFY(chart.wait(30000));
        QVERIFY(session->session()->result().ok());
        for (auto page : {SessionWidget::Page::Forecast, SessionWidget::Page::Components,
                          SessionWidget::Page::Table, SessionWidget::Page::Warnings,
                          SessionWidget::Page::Data}) {
            session->showPage(page);
            QTest::qWait(50);
        }
        window.closeSession(0);
        QCOMPARE(window.sessionCount(), 0);
        QTest::qWait(50);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

        // The window lives on, as it does when a user closes a tab.
        for (std::size_t i = 0; i < probes.size(); ++i)
            QVERIFY2(hitsOf(*probes[i].bytes) == 0,
                     qPrintable(QStringLiteral("probe %1 is still in memory").arg(i)));
    }
}

QTEST_MAIN(TestSessionCanary)
#include "tst_sessioncanary.moc"
