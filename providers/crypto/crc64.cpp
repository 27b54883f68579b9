#include "providers/crypto/crc64.h"

#include <array>
#include <lzma.h>

namespace bb {

void Crc64::update(QByteArrayView data)
{
    m_value = lzma_crc64(reinterpret_cast<const uint8_t *>(data.data()), size_t(data.size()), m_value);
}

uint64_t Crc64::of(QByteArrayView data)
{
    Crc64 crc;
    crc.update(data);
    return crc.value();
}

namespace {

using Matrix = std::array<uint64_t, 64>; // GF(2) 64x64: column i is the image of bit i

uint64_t times(const Matrix &matrix, uint64_t vector)
{
    uint64_t sum = 0;
    for (int i = 0; vector; ++i, vector >>= 1) {
        if (vector & 1)
            sum ^= matrix[size_t(i)];
    }
    return sum;
}

Matrix square(const Matrix &matrix)
{
    Matrix out;
    for (size_t i = 0; i < 64; ++i)
        out[i] = times(matrix, matrix[i]);
    return out;
}

} // namespace

uint64_t Crc64::combine(uint64_t crcA, uint64_t crcB, qint64 lengthB)
{
    // zlib's crc32_combine method: appending n zero bytes to A is a linear map on the CRC
    // register; build the one-zero-bit operator and square it up to the bits of lengthB.
    // The init/xorout of all ones cancel out, so crc(AB) = zeros^lengthB(crcA) ^ crcB.
    if (lengthB <= 0)
        return crcA;

    Matrix odd; // operator for one zero bit
    odd[0] = 0xC96C5795D7870F42ULL; // reflected ECMA-182 polynomial
    uint64_t row = 1;
    for (size_t i = 1; i < 64; ++i) {
        odd[i] = row;
        row <<= 1;
    }
    Matrix even = square(odd); // two zero bits
    odd = square(even); // four zero bits

    auto length = quint64(lengthB);
    do {
        // The first squaring turns four bits into one byte.
        even = square(odd);
        if (length & 1)
            crcA = times(even, crcA);
        length >>= 1;
        if (!length)
            break;
        odd = square(even);
        if (length & 1)
            crcA = times(odd, crcA);
        length >>= 1;
    } while (length);
    return crcA ^ crcB;
}

} // namespace bb
