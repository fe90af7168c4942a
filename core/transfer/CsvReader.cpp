#include "CsvReader.h"

namespace tessera
{
    Result<QList<QStringList>> CsvReader::parse(QStringView text)
    {
        QList<QStringList> rows;
        QStringList row;
        QString field;
        bool quoted = false;    // inside a quoted field
        bool wasQuoted = false; // the current field was quoted (only a separator may follow the closing quote)
        qsizetype line = 1;
        const auto endField = [&]() {
            row.append(field);
            field.clear();
            wasQuoted = false;
        };
        const auto endRow = [&]() {
            endField();
            if (!(row.size() == 1 && row.first().isEmpty())) {
                rows.append(row);
            }
            row.clear();
        };
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (quoted) {
                if (c == u'"') {
                    if (i + 1 < text.size() && text[i + 1] == u'"') {
                        field.append(u'"');
                        ++i;
                    } else {
                        quoted = false;
                        wasQuoted = true;
                    }
                } else {
                    if (c == u'\n') {
                        ++line;
                    }
                    field.append(c);
                }
                continue;
            }
            if (c == u',') {
                endField();
            } else if (c == u'\n' || c == u'\r') {
                if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
                    ++i;
                }
                endRow();
                ++line;
                if (rows.size() > MaxRows) {
                    return Error(Error::Kind::InvalidInput, tr("the file has more than %1 rows.").arg(MaxRows));
                }
            } else if (c == u'"') {
                if (!field.isEmpty() || wasQuoted) {
                    return Error(
                        Error::Kind::InvalidInput, tr("line %1 has a quote in the middle of a field.").arg(line));
                }
                quoted = true;
            } else {
                if (wasQuoted) {
                    return Error(Error::Kind::InvalidInput, tr("line %1 has text after a closing quote.").arg(line));
                }
                field.append(c);
            }
        }
        if (quoted) {
            return Error(Error::Kind::InvalidInput, tr("a quoted field is not closed (the file is cut off)."));
        }
        if (!field.isEmpty() || !row.isEmpty() || wasQuoted) {
            endRow();
        }
        return rows;
    }
}
