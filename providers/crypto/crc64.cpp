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

// The operators that append 2^k zero bytes to a CRC register, k = 0..62: built once by
// squaring (zlib's crc32_combine method, GF(2) matrices), so that combine() costs at most 63
// matrix-vector products (a few microseconds) whatever the length.
static const std::array<Matrix, 63> &zeroBytePowers()
{
    static const std::array<Matrix, 63> powers = [] {
        Matrix bit; // one zero bit
        bit[0] = 0xC96C5795D7870F42ULL; // reflected ECMA-182 polynomial
        for (size_t i = 1; i < 64; ++i)
            bit[i] = uint64_t(1) << (i - 1);
        std::array<Matrix, 63> out;
        out[0] = square(square(square(bit))); // eight zero bits
        for (size_t k = 1; k < out.size(); ++k)
            out[k] = square(out[k - 1]);
        return out;
    }();
    return powers;
}

uint64_t Crc64::combine(uint64_t crcA, uint64_t crcB, qint64 lengthB)
{
    // Appending zeros is linear on the register and init/xorout (all ones) cancel out, so
    // crc(A + B) = zeros^lengthB(crc(A)) ^ crc(B).
    if (lengthB <= 0)
        return crcA;
    const auto &powers = zeroBytePowers();
    auto length = quint64(lengthB);
    for (size_t k = 0; length; ++k, length >>= 1) {
        if (length & 1)
            crcA = times(powers[k], crcA);
    }
    return crcA ^ crcB;
}

} // namespace bb
