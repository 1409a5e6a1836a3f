// Freed memory is wiped (issue #7): a unique marker and unique values placed on the heap are
// found by scanning the process's memory while alive, and nowhere once freed.
#include "memoryscanner.h"

#include "privacy/securememory.h"
#include "privacy/wipingheap.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

using namespace prognos;
using namespace prognos::testing;

namespace {

/// A random 32-character marker, written straight into a heap block of its own.
std::unique_ptr<QByteArray> randomMarker()
{
    auto marker = std::make_unique<QByteArray>(32, '\0');
    static const char digits[] = "0123456789abcdefghijklmnopqrstuv";
    for (char &c : *marker)
        c = digits[QRandomGenerator::system()->bounded(32)];
    marker->prepend("MARK");
    return marker;
}

std::size_t hitsOf(const QByteArray &needle)
{
    const auto begin = reinterpret_cast<std::uintptr_t>(needle.constData());
    return MemoryScanner::find(needle, begin, begin + std::uintptr_t(needle.size())).size();
}

} // namespace

class TestWipingHeap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
#if !defined(__linux__)
        QSKIP("The memory scan reads /proc/self/mem (Linux).");
#endif
        if (!WipingHeap::isActive())
            QSKIP("The wiping heap is off in sanitizer builds.");
    }

    void markerIsGoneAfterFree()
    {
        const std::unique_ptr<QByteArray> needle = randomMarker();
        auto *copy = new std::string(needle->constData(), std::size_t(needle->size()));
        QVERIFY2(hitsOf(*needle) >= 1, "the scanner finds a live copy");
        delete copy;
        QCOMPARE(hitsOf(*needle), std::size_t(0));
    }

    void valuesAreGoneAfterVectorFree()
    {
        // Unique doubles, as a parsed column would hold them; the needle is taken from the
        // heap and the stack copy of the seed is wiped, so that only the vector holds them.
        auto values = std::make_unique<std::vector<double>>();
        double seed = 1e6 + QRandomGenerator::system()->generateDouble();
        for (int i = 0; i < 100000; ++i)
            values->push_back(seed + 0.125 * i); // grows: every reallocation is wiped too
        SecureMemory::wipe(&seed, sizeof seed);
        const QByteArray needle(reinterpret_cast<const char *>(values->data() + 500),
                                2 * sizeof(double));
        QVERIFY(hitsOf(needle) >= 1);
        values.reset();
        QCOMPARE(hitsOf(needle), std::size_t(0));
    }

    void reallocKeepsContentAndWipesTheOldBlock()
    {
        const std::unique_ptr<QByteArray> needle = randomMarker();
        char *block = static_cast<char *>(std::malloc(64));
        std::memcpy(block, needle->constData(), std::size_t(needle->size()));
        block = static_cast<char *>(std::realloc(block, 1 << 20));
        QVERIFY(std::memcmp(block, needle->constData(), std::size_t(needle->size())) == 0);
        QCOMPARE(hitsOf(*needle), std::size_t(1));
        std::free(block);
        QCOMPARE(hitsOf(*needle), std::size_t(0));
    }

    void wipeClearsBytes()
    {
        char bytes[16];
        std::memset(bytes, 'x', sizeof bytes);
        SecureMemory::wipe(bytes, sizeof bytes);
        for (char c : bytes)
            QCOMPARE(c, '\0');
        QVERIFY(WipingHeap::wipedBytes() > 0);
    }
};

QTEST_GUILESS_MAIN(TestWipingHeap)
#include "tst_wipingheap.moc"
