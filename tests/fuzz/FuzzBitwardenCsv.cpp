#include "BitwardenFormat.h"
#include "CsvReader.h"
#include "FuzzImport.h"
#include "JsonFields.h"

#include <QString>

// Bitwarden CSV exports (columns found by name, quoted multi-line fields), and the CSV reader under them.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView input = tessera::fuzz::bytes(data, size);
    if (tessera::JsonFields::looksLikeJson(input, '{')) {
        return -1; // JSON: the bitwarden_json target's business
    }
    const auto rows = tessera::CsvReader::parse(QString::fromUtf8(input));
    if (!rows) {
        tessera::fuzz::checkError(rows.error());
    } else if (rows->size() > tessera::CsvReader::MaxRows + 1) {
        __builtin_trap();
    }
    return tessera::fuzz::readWithoutPassword<tessera::BitwardenFormat>(data, size);
}
