#pragma once

#include <QJsonValue>
#include <QStringList>

namespace bb::test {

// Compares the shape of two JSON documents: the key sets of objects and the JSON type of every
// value, recursively, never the values themselves. `published` is a vendor's published example
// (a fixture), `produced` is what our sandbox answered. Returns one line per difference, each
// naming its path ("Response.Backups[].Id: number in the example, string here"); empty when the
// shapes agree.
//
// Arrays are compared element shape against element shape: every element of `produced` must have
// the shape of some element of `published` (so a page mixing "pkg" and "single" rows matches an
// example that shows both kinds), and an empty array on either side says nothing about elements.
// A key present in the example but missing here, or present here but not in the example, is a
// difference. `null` in the example matches any type (the vendors print null for "not set").
QStringList shapeDifferences(const QJsonValue &published, const QJsonValue &produced,
                             const QString &path = QString());

// The JSON type of a value as a word ("object", "array", "string", "number", "bool", "null").
QString jsonTypeName(const QJsonValue &value);

} // namespace bb::test
