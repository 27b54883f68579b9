#pragma once

#include "app/cli/clioptions.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

class QIODevice;

namespace bb {

// Writes the CLI's records (RecordJson) in the chosen format: an aligned table for people
// (human sizes, local times), RFC 4180 CSV through CsvWriter (nested values as JSON text), or
// JSON with the keys in the contract's order.
class OutputFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(bb::OutputFormatter)

public:
    // One column of the people's table: which record key, its heading, how to show the value.
    struct Column
    {
        // Duration: seconds; Sentences: a list of sentences, joined by spaces.
        enum class Kind { Text, Size, Time, List, Duration, Sentences };
        QString key;
        QString header;
        Kind kind = Kind::Text;
    };

    OutputFormatter(OutputFormat format, QStringList keys, QList<Column> tableColumns);

    // The formatters of each record type the CLI prints.
    static OutputFormatter forBackups(OutputFormat format);
    static OutputFormatter forInstances(OutputFormat format);
    static OutputFormatter forProducts(OutputFormat format);
    static OutputFormatter forHealth(OutputFormat format);

    // A list: a JSON array, a CSV header plus rows, or a table. False when a write failed.
    bool writeList(QIODevice *out, const QList<QJsonObject> &records) const;
    // One record: a JSON object, a CSV header plus one row, or "key  value" lines for people.
    bool writeOne(QIODevice *out, const QJsonObject &record) const;

    // A value as one CSV/table cell: null is empty, numbers are integers, nested values JSON text.
    static QString cellText(const QJsonValue &value);
    // A value as compact JSON text.
    static QByteArray jsonText(const QJsonValue &value);

private:
    QByteArray jsonObject(const QJsonObject &record, const QByteArray &indent) const;
    bool writeCsv(QIODevice *out, const QList<QJsonObject> &records) const;
    QByteArray table(const QList<QJsonObject> &records) const;
    QByteArray details(const QJsonObject &record) const;
    QString tableCell(const Column &column, const QJsonValue &value) const;

    OutputFormat m_format;
    QStringList m_keys;
    QList<Column> m_columns;
};

} // namespace bb
