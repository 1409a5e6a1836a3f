#pragma once

#include <QtGlobal>

namespace prognos {

struct CleaningResult;
struct CrossValidationOutput;
struct ForecastOutput;
struct ImportResult;
struct KeptConfiguration;
struct SeriesTable;
struct TimeSeries;

/// Estimates of the heap memory that a session's data structures hold, in bytes: the
/// capacities of their arrays and strings, which is where user data lives. Small fixed
/// overheads (object headers, allocator bookkeeping) are left out.
class MemoryFootprint
{
public:
    static qint64 of(const ImportResult &import);
    static qint64 of(const CleaningResult &cleaned);
    static qint64 of(const ForecastOutput &output);
    static qint64 of(const CrossValidationOutput &output);
    static qint64 of(const KeptConfiguration &kept);
    static qint64 of(const SeriesTable &table);
    static qint64 of(const TimeSeries &series);
};

} // namespace prognos
