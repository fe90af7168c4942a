#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QStringView>

namespace tessera
{
    /// RFC 4180 CSV: fields separated by commas, optionally in double quotes; quoted fields may hold
    /// commas, line breaks and doubled quotes. Line ends may be LF or CRLF.
    class CsvReader
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::CsvReader)

    public:
        static constexpr qsizetype MaxRows = 200'000;

        /// All rows; an unterminated quote or a stray quote inside a field is an error naming the line.
        [[nodiscard]] static Result<QList<QStringList>> parse(QStringView text);
    };
}
