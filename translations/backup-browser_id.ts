<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>BackupActions</name>
    <message>
        <source>Select a backup to download.</source>
        <translation>Pilih cadangan yang akan diunduh.</translation>
    </message>
    <message>
        <source>Connecting to the product…</source>
        <translation>Menghubungkan ke produk…</translation>
    </message>
    <message>
        <source>This product offers no backup downloads.</source>
        <translation>Produk ini tidak menyediakan unduhan cadangan.</translation>
    </message>
    <message>
        <source>The backup is still running.</source>
        <translation>Cadangan masih berjalan.</translation>
    </message>
    <message>
        <source>The backup failed; there is nothing to download.</source>
        <translation>Cadangan gagal; tidak ada yang bisa diunduh.</translation>
    </message>
    <message>
        <source>The backup has expired or was deleted.</source>
        <translation>Cadangan sudah kedaluwarsa atau dihapus.</translation>
    </message>
    <message>
        <source>The backup is locked.</source>
        <translation>Cadangan terkunci.</translation>
    </message>
    <message>
        <source>Select a backup to delete.</source>
        <translation>Pilih cadangan yang akan dihapus.</translation>
    </message>
    <message>
        <source>This product does not allow deleting backups through its API.</source>
        <translation>Produk ini tidak mengizinkan penghapusan cadangan melalui API-nya.</translation>
    </message>
    <message>
        <source>Select an instance to back up.</source>
        <translation>Pilih instans yang akan dicadangkan.</translation>
    </message>
    <message>
        <source>This product has no on-demand backups.</source>
        <translation>Produk ini tidak memiliki cadangan sesuai permintaan.</translation>
    </message>
    <message>
        <source>The backup was already deleted.</source>
        <translation>Cadangan sudah dihapus.</translation>
    </message>
    <message>
        <source>Select a backup to edit its description.</source>
        <translation>Pilih cadangan untuk mengedit deskripsinya.</translation>
    </message>
    <message>
        <source>This product does not allow editing a backup&apos;s description through its API.</source>
        <translation>Produk ini tidak mengizinkan pengeditan deskripsi cadangan melalui API-nya.</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>%1 days</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <source>Delete backup</source>
        <translation>Hapus cadangan</translation>
    </message>
    <message>
        <source>Delete backup %1 of instance %2 in the cloud?</source>
        <translation>Hapus cadangan %1 dari instans %2 di cloud?</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nama: %1</translation>
    </message>
    <message>
        <source>Instance: %1 (%2, %3)</source>
        <translation>Instans: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Ukuran: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Dimulai: %1</translation>
    </message>
    <message>
        <source>Started: %1 (%2 ago)</source>
        <translation>Dimulai: %1 (%2 yang lalu)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>The provider removes the backup and its files. This cannot be undone.</source>
        <translation>Penyedia menghapus cadangan beserta berkasnya. Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Hapus akun</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot; (%2)?</source>
        <translation>Hapus akun &quot;%1&quot; (%2)?</translation>
    </message>
    <message>
        <source>Its key pair is deleted from the system keychain and it leaves the tree. The backups in the cloud are not touched.</source>
        <translation>Pasangan kuncinya dihapus dari keychain sistem dan akun dikeluarkan dari pohon. Cadangan di cloud tidak tersentuh.</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Batalkan unduhan</translation>
    </message>
    <message>
        <source>Cancel the download of %1?</source>
        <translation>Batalkan unduhan %1?</translation>
    </message>
    <message>
        <source>Downloaded: %1 of %2</source>
        <translation>Diunduh: %1 dari %2</translation>
    </message>
    <message>
        <source>Downloaded: %1</source>
        <translation>Diunduh: %1</translation>
    </message>
    <message>
        <source>The partial file is deleted; downloading again starts from the beginning.</source>
        <translation>Berkas sebagian dihapus; unduhan berikutnya dimulai dari awal.</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Ganti berkas</translation>
    </message>
    <message>
        <source>Replace the existing file %1?</source>
        <translation>Ganti berkas %1 yang sudah ada?</translation>
    </message>
    <message>
        <source>Its size: %1</source>
        <translation>Ukurannya: %1</translation>
    </message>
    <message>
        <source>The existing file is lost.</source>
        <translation>Berkas yang ada akan hilang.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <source>Download again</source>
        <translation>Unduh lagi</translation>
    </message>
    <message>
        <source>%1 was already downloaded. Download it again?</source>
        <translation>%1 sudah pernah diunduh. Unduh lagi?</translation>
    </message>
    <message>
        <source>Saved to: %1</source>
        <translation>Disimpan ke: %1</translation>
    </message>
    <message>
        <source>The new copy gets a numbered name; the existing file stays.</source>
        <translation>Salinan baru mendapat nama bernomor; berkas yang ada tetap dipertahankan.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Downloads still running or waiting: %1. Quit anyway?</source>
        <translation>Unduhan yang masih berjalan atau menunggu: %1. Tetap keluar?</translation>
    </message>
    <message>
        <source>Still to download: %1</source>
        <translation>Masih harus diunduh: %1</translation>
    </message>
    <message>
        <source>They stop now and resume from their partial files when Backup Browser starts again.</source>
        <translation>Unduhan dihentikan sekarang dan dilanjutkan dari berkas sebagiannya saat Backup Browser dijalankan lagi.</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Hapus aturan</translation>
    </message>
    <message>
        <source>Remove the offsite rule &quot;%1&quot;?</source>
        <translation>Hapus aturan offsite &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Produk: %1</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>Tujuan: %1</translation>
    </message>
    <message>
        <source>It is the last rule: the rules file %1 is removed.</source>
        <translation>Ini aturan terakhir: berkas aturan %1 ikut dihapus.</translation>
    </message>
    <message>
        <source>Local copies it already made are NOT deleted: they stay in the destination, no longer synced or pruned. Nothing in the cloud is touched.</source>
        <translation>Salinan lokal yang sudah dibuatnya TIDAK dihapus: salinan itu tetap ada di tujuan, tidak lagi disinkronkan atau dipangkas. Tidak ada apa pun di cloud yang disentuh.</translation>
    </message>
</context>
<context>
    <name>CopyCatalogue</name>
    <message>
        <source>catalogue %1: %2</source>
        <translation>katalog %1: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>tidak dapat membuat %1</translation>
    </message>
    <message>
        <source>cannot open the catalogue %1: %2</source>
        <translation>tidak dapat membuka katalog %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a catalogue: %2</source>
        <translation>%1 bukan katalog: %2</translation>
    </message>
    <message>
        <source>the catalogue %1 has schema %2, newer than this version reads (%3)</source>
        <translation>katalog %1 memiliki skema %2, lebih baru daripada yang dapat dibaca versi ini (%3)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
</context>
<context>
    <name>CreateBackupOptions</name>
    <message>
        <source>This product has no on-demand backups; its backups follow the instance&apos;s backup policy.</source>
        <translation>Produk ini tidak memiliki cadangan sesuai permintaan; cadangannya mengikuti kebijakan cadangan instans.</translation>
    </message>
    <message>
        <source>Backup name</source>
        <translation>Nama cadangan</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Select an instance to back up.</source>
        <translation>Pilih instans yang akan dicadangkan.</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>%1 lebih panjang dari %2 karakter.</translation>
    </message>
    <message>
        <source>Unknown backup method %1.</source>
        <translation>Metode cadangan %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>Keep the backup between %1 and %2 days.</source>
        <translation>Simpan cadangan antara %1 dan %2 hari.</translation>
    </message>
    <message>
        <source>This product cannot keep a backup until the instance is removed.</source>
        <translation>Produk ini tidak dapat menyimpan cadangan hingga instans dihapus.</translation>
    </message>
</context>
<context>
    <name>DownloadPlan</name>
    <message>
        <source>Backup %1 cannot be downloaded.</source>
        <translation>Cadangan %1 tidak dapat diunduh.</translation>
    </message>
    <message>
        <source>Backup %1 cannot be downloaded: %2</source>
        <translation>Cadangan %1 tidak dapat diunduh: %2</translation>
    </message>
    <message>
        <source>Cannot make a folder named after backup %1 in %2.</source>
        <translation>Tidak dapat membuat folder bernama cadangan %1 di %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for backup %2.</source>
        <translation>Tidak dapat membuat folder %1 untuk cadangan %2.</translation>
    </message>
</context>
<context>
    <name>FileDigest</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>dihentikan</translation>
    </message>
</context>
<context>
    <name>FileRevealer</name>
    <message>
        <source>The folder %1 no longer exists.</source>
        <translation>Folder %1 sudah tidak ada.</translation>
    </message>
    <message>
        <source>No file manager could open %1 (none is installed or registered for folders). The path is on the clipboard menu: Copy path.</source>
        <translation>Tidak ada pengelola berkas yang dapat membuka %1 (tidak ada yang terpasang atau terdaftar untuk folder). Jalurnya bisa disalin lewat menu: Salin jalur.</translation>
    </message>
</context>
<context>
    <name>HttpHeadParser</name>
    <message>
        <source>The server sent an oversized response header</source>
        <translation>Server mengirim header respons yang terlalu besar</translation>
    </message>
    <message>
        <source>The server sent an invalid HTTP response</source>
        <translation>Server mengirim respons HTTP yang tidak valid</translation>
    </message>
    <message>
        <source>The server sent an invalid HTTP status (%1)</source>
        <translation>Server mengirim status HTTP yang tidak valid (%1)</translation>
    </message>
    <message>
        <source>The server switched protocols (HTTP 101), which a download never asks for</source>
        <translation>Server beralih protokol (HTTP 101), padahal unduhan tidak pernah memintanya</translation>
    </message>
    <message>
        <source>The server sent more than %1 interim (1xx) responses</source>
        <translation>Server mengirim lebih dari %1 respons sementara (1xx)</translation>
    </message>
    <message>
        <source>The server sent a malformed response header line</source>
        <translation>Server mengirim baris header respons yang rusak</translation>
    </message>
    <message>
        <source>The server sent an invalid Content-Length (%1)</source>
        <translation>Server mengirim Content-Length yang tidak valid (%1)</translation>
    </message>
    <message>
        <source>The server sent conflicting Content-Length headers (%1 and %2)</source>
        <translation>Server mengirim header Content-Length yang saling bertentangan (%1 dan %2)</translation>
    </message>
</context>
<context>
    <name>OffsiteRule</name>
    <message>
        <source>the layout must end with /{file} and name {file} once, not &apos;%1&apos;</source>
        <translation>tata letak harus diakhiri /{file} dan menyebut {file} tepat sekali, bukan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the layout is relative to the destination, &apos;/&apos;-separated, without empty parts: &apos;%1&apos;</source>
        <translation>tata letak relatif terhadap tujuan, dipisahkan &apos;/&apos;, tanpa bagian kosong: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} in the layout (known: %2)</source>
        <translation>placeholder {%1} tidak dikenal dalam tata letak (yang dikenal: %2)</translation>
    </message>
</context>
<context>
    <name>RetentionPolicy</name>
    <message>
        <source>daily</source>
        <translation>harian</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>mingguan</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>bulanan</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>tahunan</translation>
    </message>
    <message>
        <source>no retention rule: everything is kept</source>
        <translation>tidak ada aturan retensi: semuanya disimpan</translation>
    </message>
    <message numerus="yes">
        <source>among the newest %n</source>
        <translation>
            <numerusform>termasuk %n terbaru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>started within %n day(s)</source>
        <translation>
            <numerusform>dimulai dalam %n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>the minimum of %n kept</source>
        <translation>
            <numerusform>minimum %n yang disimpan</numerusform>
        </translation>
    </message>
    <message>
        <source>no retention rule keeps it</source>
        <translation>tidak ada aturan retensi yang menyimpannya</translation>
    </message>
</context>
<context>
    <name>RuleFile</name>
    <message>
        <source>is required</source>
        <translation>wajib diisi</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>harus berupa string yang tidak kosong</translation>
    </message>
    <message>
        <source>must be a string or a list of strings</source>
        <translation>harus berupa string atau daftar string</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>harus bilangan bulat dari %1 sampai %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>harus true atau false</translation>
    </message>
    <message>
        <source>unknown field (known: %1)</source>
        <translation>kolom tidak dikenal (yang dikenal: %1)</translation>
    </message>
    <message>
        <source>larger than %1 bytes; a rules file is small</source>
        <translation>lebih besar dari %1 byte; berkas aturan itu kecil</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>expected an object with a &quot;rules&quot; list</source>
        <translation>diharapkan objek dengan daftar &quot;rules&quot;</translation>
    </message>
    <message>
        <source>&quot;rules&quot; is empty</source>
        <translation>&quot;rules&quot; kosong</translation>
    </message>
    <message>
        <source>more than %1 rules</source>
        <translation>lebih dari %1 aturan</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: harus berupa objek</translation>
    </message>
    <message>
        <source>must be full, log or all, not &apos;%1&apos;</source>
        <translation>harus full, log, atau all, bukan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be internal or external, not &apos;%1&apos;</source>
        <translation>harus internal atau external, bukan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>harus berupa objek</translation>
    </message>
    <message>
        <source>%1.name: &apos;%2&apos; names another rule too</source>
        <translation>%1.name: &apos;%2&apos; juga menjadi nama aturan lain</translation>
    </message>
    <message>
        <source>cannot read the rules file %1: %2</source>
        <translation>tidak dapat membaca berkas aturan %1: %2</translation>
    </message>
    <message>
        <source>cannot write the rules file %1: %2</source>
        <translation>tidak dapat menulis berkas aturan %1: %2</translation>
    </message>
</context>
<context>
    <name>SyncPlanner</name>
    <message>
        <source>no local copy</source>
        <translation>tidak ada salinan lokal</translation>
    </message>
    <message>
        <source>local copy incomplete: %1 of %2 files</source>
        <translation>salinan lokal tidak lengkap: %1 dari %2 berkas</translation>
    </message>
    <message>
        <source>%1 failed verification</source>
        <translation>%1 gagal verifikasi</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 tidak ada</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, the catalogue says %3</source>
        <translation>%1 berukuran %2 byte, katalog menyebut %3</translation>
    </message>
    <message numerus="yes">
        <source>among the newest %n</source>
        <translation>
            <numerusform>termasuk %n terbaru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>started within %n day(s)</source>
        <translation>
            <numerusform>dimulai dalam %n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>listed in the last %n day(s)</source>
        <translation>
            <numerusform>tercantum dalam %n hari terakhir</numerusform>
        </translation>
    </message>
    <message>
        <source>local copy complete</source>
        <translation>salinan lokal lengkap</translation>
    </message>
    <message>
        <source>pruning is off</source>
        <translation>pemangkasan nonaktif</translation>
    </message>
</context>
<context>
    <name>bb</name>
    <message>
        <source>TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY must both be set.</source>
        <translation>TENCENTCLOUD_SECRET_ID dan TENCENTCLOUD_SECRET_KEY harus diatur keduanya.</translation>
    </message>
    <message>
        <source>Section [%1] of %2 has no secret_id/secret_key.</source>
        <translation>Bagian [%1] dari %2 tidak memiliki secret_id/secret_key.</translation>
    </message>
    <message>
        <source>%1 has no secretId/secretKey.</source>
        <translation>%1 tidak memiliki secretId/secretKey.</translation>
    </message>
    <message>
        <source>ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET must both be set.</source>
        <translation>ALIBABA_CLOUD_ACCESS_KEY_ID dan ALIBABA_CLOUD_ACCESS_KEY_SECRET harus diatur keduanya.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 bukan JSON yang valid: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; of %2 uses mode %3, which Backup Browser cannot use; use AK or StsToken.</source>
        <translation>Profil &quot;%1&quot; dari %2 memakai mode %3, yang tidak dapat dipakai Backup Browser; gunakan AK atau StsToken.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; of %2 has no access key.</source>
        <translation>Profil &quot;%1&quot; dari %2 tidak memiliki kunci akses.</translation>
    </message>
</context>
<context>
    <name>bb::AboutDialog</name>
    <message>
        <source>About Backup Browser</source>
        <translation>Tentang Backup Browser</translation>
    </message>
    <message>
        <source>Backup Browser</source>
        <translation>Backup Browser</translation>
    </message>
    <message>
        <source>Browse, create, check and download database backups on Tencent Cloud (SQL Server, Redis) and Alibaba Cloud (ApsaraDB RDS, EMR Serverless StarRocks).</source>
        <translation>Jelajahi, buat, periksa, dan unduh cadangan basis data di Tencent Cloud (SQL Server, Redis) dan Alibaba Cloud (ApsaraDB RDS, EMR Serverless StarRocks).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy the version information for a bug report</source>
        <translation>Salin informasi versi untuk laporan bug</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versi %1</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>System: %1 (%2)</source>
        <translation>Sistem: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>bb::AccountChooser</name>
    <message>
        <source>unknown product &apos;%1&apos;</source>
        <translation>produk tidak dikenal &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no saved account named &apos;%1&apos;</source>
        <translation>tidak ada akun tersimpan bernama &apos;%1&apos;</translation>
    </message>
    <message>
        <source>account &apos;%1&apos; is a %2 account; %3 needs a %4 one</source>
        <translation>akun &apos;%1&apos; adalah akun %2; %3 memerlukan akun %4</translation>
    </message>
</context>
<context>
    <name>bb::AccountController</name>
    <message>
        <source>Give the account a name.</source>
        <translation>Beri nama akun ini.</translation>
    </message>
    <message>
        <source>Another account is already called %1.</source>
        <translation>Akun lain sudah bernama %1.</translation>
    </message>
    <message>
        <source>Choose at least one product.</source>
        <translation>Pilih setidaknya satu produk.</translation>
    </message>
    <message>
        <source>%1 is not a product of this cloud.</source>
        <translation>%1 bukan produk dari cloud ini.</translation>
    </message>
    <message>
        <source>The endpoint override must look like https://host[:port].</source>
        <translation>Endpoint pengganti harus berbentuk https://host[:port].</translation>
    </message>
    <message>
        <source>No keys entered, and none found in the environment or the vendors&apos; files.</source>
        <translation>Tidak ada kunci yang dimasukkan, dan tidak ditemukan di variabel lingkungan atau berkas vendor.</translation>
    </message>
    <message>
        <source>No region to test in.</source>
        <translation>Tidak ada region untuk diuji.</translation>
    </message>
    <message>
        <source>Unknown product %1.</source>
        <translation>Produk %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>The keys were refused.</source>
        <translation>Kunci ditolak.</translation>
    </message>
    <message>
        <source>The service could not be reached.</source>
        <translation>Layanan tidak dapat dijangkau.</translation>
    </message>
    <message>
        <source>The call failed.</source>
        <translation>Panggilan gagal.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n instance(s) in %1 (%2 ms).</source>
        <translation>
            <numerusform>Terhubung: %n instans di %1 (%2 ms).</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter both the SecretId and the SecretKey, or Import them.</source>
        <translation>Masukkan SecretId dan SecretKey, atau Impor keduanya.</translation>
    </message>
    <message>
        <source>Enter both the AccessKey ID and the AccessKey secret, or Import them.</source>
        <translation>Masukkan AccessKey ID dan AccessKey secret, atau Impor keduanya.</translation>
    </message>
    <message>
        <source>A Tencent Cloud SecretId usually starts with &quot;AKID&quot;. Check that this is the SecretId, not the SecretKey or an APPID.</source>
        <translation>SecretId Tencent Cloud biasanya diawali &quot;AKID&quot;. Pastikan ini SecretId, bukan SecretKey atau APPID.</translation>
    </message>
    <message>
        <source>A Tencent Cloud SecretId is usually 36 characters long; this one has %1.</source>
        <translation>SecretId Tencent Cloud biasanya sepanjang 36 karakter; yang ini %1.</translation>
    </message>
    <message>
        <source>This is a temporary (STS) AccessKey ID: enter its security token too.</source>
        <translation>Ini AccessKey ID sementara (STS): masukkan juga token keamanannya.</translation>
    </message>
    <message>
        <source>An Alibaba Cloud AccessKey ID usually starts with &quot;LTAI&quot; (or &quot;STS.&quot; for temporary keys). Check that this is the ID, not the secret.</source>
        <translation>AccessKey ID Alibaba Cloud biasanya diawali &quot;LTAI&quot; (atau &quot;STS.&quot; untuk kunci sementara). Pastikan ini ID-nya, bukan secret-nya.</translation>
    </message>
    <message>
        <source>A security token is only used with a temporary (STS.) AccessKey ID.</source>
        <translation>Token keamanan hanya dipakai dengan AccessKey ID sementara (STS.).</translation>
    </message>
</context>
<context>
    <name>bb::AccountDialog</name>
    <message>
        <source>Test connection</source>
        <translation>Uji koneksi</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Edit akun</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Tambah akun</translation>
    </message>
    <message>
        <source>Tencent Cloud</source>
        <translation>Tencent Cloud</translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation>Alibaba Cloud</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>mis. Produksi</translation>
    </message>
    <message>
        <source>Only for temporary (STS) credentials</source>
        <translation>Hanya untuk kredensial sementara (STS)</translation>
    </message>
    <message>
        <source>All regions the product offers</source>
        <translation>Semua region yang ditawarkan produk</translation>
    </message>
    <message>
        <source>Region IDs separated by commas, e.g. ap-guangzhou, ap-singapore</source>
        <translation>ID region dipisahkan koma, mis. ap-guangzhou, ap-singapore</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Internasional</translation>
    </message>
    <message>
        <source>Mainland China</source>
        <translation>Tiongkok Daratan</translation>
    </message>
    <message>
        <source>Optional, e.g. https://proxy.example.com:8443</source>
        <translation>Opsional, mis. https://proxy.example.com:8443</translation>
    </message>
    <message>
        <source>External (Internet)</source>
        <translation>Eksternal (Internet)</translation>
    </message>
    <message>
        <source>Internal (same-region VPC)</source>
        <translation>Internal (VPC region yang sama)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Use keys from environment variables or the vendors&apos; command-line tools</source>
        <translation>Gunakan kunci dari variabel lingkungan atau alat baris perintah vendor</translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation>Penyedia cloud:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Products:</source>
        <translation>Produk:</translation>
    </message>
    <message>
        <source>Security token:</source>
        <translation>Token keamanan:</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Situs:</translation>
    </message>
    <message>
        <source>Endpoint override:</source>
        <translation>Endpoint pengganti:</translation>
    </message>
    <message>
        <source>Download network:</source>
        <translation>Jaringan unduhan:</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain, never in settings files.</source>
        <translation>Kunci disimpan di keychain sistem, tidak pernah di berkas pengaturan.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Keys will be kept for this session only.</source>
        <translation>Tidak ada keychain (%1). Kunci hanya disimpan untuk sesi ini.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Hapus akun</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Menguji…</translation>
    </message>
    <message>
        <source>Saved. The keys are kept for this session only.</source>
        <translation>Tersimpan. Kunci hanya disimpan untuk sesi ini.</translation>
    </message>
    <message>
        <source>SecretId:</source>
        <translation>SecretId:</translation>
    </message>
    <message>
        <source>AccessKey ID:</source>
        <translation>AccessKey ID:</translation>
    </message>
    <message>
        <source>SecretKey:</source>
        <translation>SecretKey:</translation>
    </message>
    <message>
        <source>AccessKey secret:</source>
        <translation>AccessKey secret:</translation>
    </message>
    <message>
        <source>Nothing found in the environment or the vendors&apos; files</source>
        <translation>Tidak ada yang ditemukan di variabel lingkungan atau berkas vendor</translation>
    </message>
    <message>
        <source>Those keys belong to the other cloud.</source>
        <translation>Kunci tersebut milik cloud lain.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>Diimpor dari %1.</translation>
    </message>
</context>
<context>
    <name>bb::AccountStore</name>
    <message>
        <source>The built-in sandbox accounts are not saved.</source>
        <translation>Akun sandbox bawaan tidak disimpan.</translation>
    </message>
    <message>
        <source>The account has no id.</source>
        <translation>Akun tidak memiliki id.</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>Akun memerlukan nama.</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>Akun bernama &quot;%1&quot; sudah ada.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Tidak dapat membuat folder %1.</translation>
    </message>
    <message>
        <source>Cannot write the accounts file %1.</source>
        <translation>Tidak dapat menulis berkas akun %1.</translation>
    </message>
</context>
<context>
    <name>bb::Acs3Protocol</name>
    <message>
        <source>The answer is not a JSON object (%1)</source>
        <translation>Jawaban bukan objek JSON (%1)</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>tipe salah</translation>
    </message>
    <message>
        <source>The API answered HTTP %1</source>
        <translation>API menjawab HTTP %1</translation>
    </message>
    <message>
        <source>The API reported a failure without a message (HTTP %1)</source>
        <translation>API melaporkan kegagalan tanpa pesan (HTTP %1)</translation>
    </message>
    <message>
        <source>See %1</source>
        <translation>Lihat %1</translation>
    </message>
    <message>
        <source>%1 See %2</source>
        <translation>%1 Lihat %2</translation>
    </message>
    <message>
        <source>Alibaba Cloud is rate-limiting this account; the call was retried with backoff.</source>
        <translation>Alibaba Cloud membatasi laju akun ini; panggilan diulang dengan jeda.</translation>
    </message>
    <message>
        <source>The signature did not match: the AccessKey secret is wrong, or the request was altered on the way.</source>
        <translation>Tanda tangan tidak cocok: AccessKey secret salah, atau permintaan diubah di perjalanan.</translation>
    </message>
    <message>
        <source>Your clock is more than 15 minutes off; correct the system time and try again.</source>
        <translation>Jam Anda selisih lebih dari 15 menit; perbaiki waktu sistem lalu coba lagi.</translation>
    </message>
    <message>
        <source>The server saw this request&apos;s nonce before (a replayed request).</source>
        <translation>Server sudah pernah melihat nonce permintaan ini (permintaan diulang).</translation>
    </message>
    <message>
        <source>The AccessKey is disabled; enable it or use another one.</source>
        <translation>AccessKey dinonaktifkan; aktifkan atau gunakan yang lain.</translation>
    </message>
    <message>
        <source>The AccessKey ID does not exist (look for typos and stray spaces).</source>
        <translation>AccessKey ID tidak ada (periksa salah ketik dan spasi berlebih).</translation>
    </message>
    <message>
        <source>The STS security token is missing, expired, malformed or belongs to another key; get new temporary credentials.</source>
        <translation>Token keamanan STS hilang, kedaluwarsa, rusak, atau milik kunci lain; dapatkan kredensial sementara baru.</translation>
    </message>
    <message>
        <source>The key lacks the RAM permission for this action.</source>
        <translation>Kunci tidak memiliki izin RAM untuk tindakan ini.</translation>
    </message>
    <message>
        <source>The key lacks the RAM permission for %1.</source>
        <translation>Kunci tidak memiliki izin RAM untuk %1.</translation>
    </message>
</context>
<context>
    <name>bb::AlibabaRdsService</name>
    <message>
        <source>RDS creates backups only while the instance is Running.</source>
        <translation>RDS hanya membuat cadangan saat instans berjalan.</translation>
    </message>
    <message>
        <source>Another backup of this instance is still in progress; wait for it to finish.</source>
        <translation>Cadangan lain dari instans ini masih berjalan; tunggu hingga selesai.</translation>
    </message>
    <message>
        <source>RDS allows at most 20 backups per instance per day.</source>
        <translation>RDS mengizinkan paling banyak 20 cadangan per instans per hari.</translation>
    </message>
    <message>
        <source>The instance does not exist in this region, or it was released.</source>
        <translation>Instans tidak ada di region ini, atau sudah dilepas.</translation>
    </message>
    <message>
        <source>RDS wants UTC times written as yyyy-MM-ddTHH:mmZ.</source>
        <translation>RDS meminta waktu UTC ditulis sebagai yyyy-MM-ddTHH:mmZ.</translation>
    </message>
    <message>
        <source>RDS accepts page sizes of 30, 50 and 100 only.</source>
        <translation>RDS hanya menerima ukuran halaman 30, 50, dan 100.</translation>
    </message>
    <message>
        <source>RDS lists instances per region; choose a region.</source>
        <translation>RDS menampilkan instans per region; pilih region.</translation>
    </message>
    <message>
        <source>The listing was cancelled.</source>
        <translation>Daftar dibatalkan.</translation>
    </message>
    <message>
        <source>RDS returned no download URL for this backup.</source>
        <translation>RDS tidak memberikan URL unduhan untuk cadangan ini.</translation>
    </message>
    <message>
        <source>Choose the instance to back up.</source>
        <translation>Pilih instans yang akan dicadangkan.</translation>
    </message>
    <message>
        <source>CreateBackup answered without a BackupJobId.</source>
        <translation>CreateBackup menjawab tanpa BackupJobId.</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>Menunggu dimulai</translation>
    </message>
    <message>
        <source>The account was closed while the backup was being tracked.</source>
        <translation>Akun ditutup saat cadangan sedang dipantau.</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Menyelesaikan</translation>
    </message>
    <message>
        <source>Backup job %1 failed (%2).</source>
        <translation>Tugas cadangan %1 gagal (%2).</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Mencadangkan</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Menyiapkan</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Backup job %1 finished, but its backup is not listed yet.</source>
        <translation>Tugas cadangan %1 selesai, tetapi cadangannya belum terdaftar.</translation>
    </message>
    <message>
        <source>RDS does not offer this operation for the instance&apos;s database engine.</source>
        <translation>RDS tidak menyediakan operasi ini untuk mesin basis data instans ini.</translation>
    </message>
    <message>
        <source>RDS wants the end of the time window later than its start.</source>
        <translation>RDS meminta akhir rentang waktu lebih lambat dari awalnya.</translation>
    </message>
    <message>
        <source>RDS wants a page number of 1 or more.</source>
        <translation>RDS meminta nomor halaman 1 atau lebih.</translation>
    </message>
    <message>
        <source>RDS no longer lists it: it may have expired or been deleted.</source>
        <translation>RDS tidak lagi mencantumkannya: mungkin sudah kedaluwarsa atau dihapus.</translation>
    </message>
    <message>
        <source>Choose the backup to delete.</source>
        <translation>Pilih cadangan yang akan dihapus.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a BackupJobId (the digits CreateBackup returned).</source>
        <translation>&apos;%1&apos; bukan BackupJobId (angka yang dikembalikan CreateBackup).</translation>
    </message>
    <message>
        <source>Following the backup</source>
        <translation>Memantau cadangan</translation>
    </message>
    <message>
        <source>RDS lists no backup job %1 for this instance: the id is wrong, or the job ended so long ago that RDS no longer reports it.</source>
        <translation>RDS tidak mencantumkan tugas cadangan %1 untuk instans ini: id-nya salah, atau tugas itu sudah lama berakhir sehingga RDS tidak lagi melaporkannya.</translation>
    </message>
</context>
<context>
    <name>bb::ApiCall</name>
    <message>
        <source>The answer is larger than %1 bytes, the limit for an API response</source>
        <translation>Jawaban lebih besar dari %1 byte, batas untuk respons API</translation>
    </message>
    <message numerus="yes">
        <source>The request timed out after %n s</source>
        <translation>
            <numerusform>Permintaan habis waktu setelah %n d</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection failed (%1). The server&apos;s certificate is not trusted, so nothing was sent.</source>
        <translation>Koneksi aman gagal (%1). Sertifikat server tidak dipercaya, jadi tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>Check the endpoint, or trust that server&apos;s certificate explicitly in the account settings.</source>
        <translation>Periksa endpoint, atau percayai sertifikat server itu secara eksplisit di pengaturan akun.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>The secure connection failed (%1). The server and this app agree on no TLS protocol version or cipher (this app needs TLS 1.2 or later), so nothing was sent.</source>
        <translation>Koneksi aman gagal (%1). Server dan aplikasi ini tidak memiliki versi protokol TLS atau cipher yang sama (aplikasi ini memerlukan TLS 1.2 atau lebih baru), jadi tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>Check the endpoint: the cloud APIs all speak TLS 1.2 or later; an old proxy in between may not.</source>
        <translation>Periksa endpoint: semua API cloud memakai TLS 1.2 atau lebih baru; proksi lama di antaranya mungkin tidak.</translation>
    </message>
    <message>
        <source>%1 The server asked to wait %2 s before trying again.</source>
        <translation>%1 Server meminta menunggu %2 d sebelum mencoba lagi.</translation>
    </message>
</context>
<context>
    <name>bb::AppContext</name>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Sandbox bawaan tidak dapat dimulai: %1</translation>
    </message>
    <message>
        <source>Sandbox (Tencent Cloud)</source>
        <translation>Sandbox (Tencent Cloud)</translation>
    </message>
    <message>
        <source>Sandbox (Alibaba Cloud)</source>
        <translation>Sandbox (Alibaba Cloud)</translation>
    </message>
    <message>
        <source>Credentials from the environment</source>
        <translation>Kredensial dari variabel lingkungan</translation>
    </message>
    <message>
        <source>Unknown product &quot;%1&quot;.</source>
        <translation>Produk &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has no stored credentials, and none were found in the environment: %2</source>
        <translation>Akun &quot;%1&quot; tidak memiliki kredensial tersimpan, dan tidak ditemukan di variabel lingkungan: %2</translation>
    </message>
    <message>
        <source>This build cannot open %1 yet.</source>
        <translation>Build ini belum dapat membuka %1.</translation>
    </message>
    <message>
        <source>BB_SANDBOX_ANCHOR is not an ISO-8601 time: %1</source>
        <translation>BB_SANDBOX_ANCHOR bukan waktu ISO-8601: %1</translation>
    </message>
</context>
<context>
    <name>bb::BackupDetailPane</name>
    <message>
        <source>Select a backup to see its details.</source>
        <translation>Pilih cadangan untuk melihat detailnya.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Provider fields</source>
        <translation>Kolom penyedia</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Provider status: %1</source>
        <translation>Status penyedia: %1</translation>
    </message>
    <message>
        <source>Backup ID</source>
        <translation>ID cadangan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instans</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Pemicu</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Checksum</translation>
    </message>
    <message>
        <source>External URL</source>
        <translation>URL eksternal</translation>
    </message>
    <message>
        <source>Internal URL</source>
        <translation>URL internal</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Unduh</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Kegagalan</translation>
    </message>
</context>
<context>
    <name>bb::BackupService</name>
    <message>
        <source>The product %1 does not offer this operation.</source>
        <translation>Produk %1 tidak menyediakan operasi ini.</translation>
    </message>
    <message>
        <source>instance %1 has no backup %2</source>
        <translation>instans %1 tidak memiliki cadangan %2</translation>
    </message>
</context>
<context>
    <name>bb::BackupTableModel</name>
    <message>
        <source>Provider status: %1</source>
        <translation>Status penyedia: %1</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Ukuran (byte)</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Mulai (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>Selesai (UTC)</translation>
    </message>
    <message>
        <source>Expires (UTC)</source>
        <translation>Kedaluwarsa (UTC)</translation>
    </message>
    <message>
        <source>Duration (seconds)</source>
        <translation>Durasi (detik)</translation>
    </message>
    <message>
        <source>Backup ID</source>
        <translation>ID cadangan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instans</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Pemicu</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Checksum</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <translation>Mulai (%1)</translation>
    </message>
    <message>
        <source>End (%1)</source>
        <translation>Selesai (%1)</translation>
    </message>
    <message>
        <source>Expires (%1)</source>
        <translation>Kedaluwarsa (%1)</translation>
    </message>
    <message>
        <source>Copy failed verification</source>
        <translation>Salinan gagal verifikasi</translation>
    </message>
    <message>
        <source>Verified %1 ago</source>
        <translation>Diverifikasi %1 yang lalu</translation>
    </message>
    <message>
        <source>Every file has a local copy, verified at %1</source>
        <translation>Setiap berkas punya salinan lokal, diverifikasi pada %1</translation>
    </message>
    <message>
        <source>A local copy differs from what was copied; the next sync fetches it again</source>
        <translation>Sebuah salinan lokal berbeda dari yang disalin; sinkronisasi berikutnya mengambilnya lagi</translation>
    </message>
    <message>
        <source>Local copy verified (UTC)</source>
        <translation>Salinan lokal diverifikasi (UTC)</translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation>Salinan lokal</translation>
    </message>
</context>
<context>
    <name>bb::BackupTablePane</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Filter by ID, name, database or status (Ctrl+F)</source>
        <translation>Saring menurut ID, nama, basis data, atau status (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Kapan saja</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 jam terakhir</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Rentang khusus</translation>
    </message>
    <message>
        <source>Backups that started on or after this day (local time)</source>
        <translation>Cadangan yang dimulai pada atau setelah hari ini (waktu lokal)</translation>
    </message>
    <message>
        <source>Backups that started on or before this day (local time)</source>
        <translation>Cadangan yang dimulai pada atau sebelum hari ini (waktu lokal)</translation>
    </message>
    <message>
        <source>Backup &amp;ID</source>
        <translation>&amp;ID cadangan</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>Download &amp;URLs</source>
        <translation>&amp;URL unduhan</translation>
    </message>
    <message>
        <source>Whole &amp;row</source>
        <translation>Seluruh &amp;baris</translation>
    </message>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n status</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>%1 of %2 shown — &lt;a href=&quot;clear&quot;&gt;Clear filters&lt;/a&gt;</source>
        <translation>%1 dari %2 ditampilkan — &lt;a href=&quot;clear&quot;&gt;Hapus saringan&lt;/a&gt;</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message numerus="yes">
        <source>%n kinds</source>
        <translation>
            <numerusform>%n jenis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::BrowserController</name>
    <message numerus="yes">
        <source>%n backup(s) loaded</source>
        <translation>
            <numerusform>%n cadangan dimuat</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup %1 of %2 finished</source>
        <translation>Cadangan %1 dari %2 selesai</translation>
    </message>
    <message>
        <source>The account no longer exists</source>
        <translation>Akun sudah tidak ada</translation>
    </message>
    <message>
        <source>Select an instance of %1 first.</source>
        <translation>Pilih instans %1 terlebih dahulu.</translation>
    </message>
    <message>
        <source>Creating a backup of %1…</source>
        <translation>Membuat cadangan %1…</translation>
    </message>
    <message>
        <source>%1 backups cannot be deleted from here.</source>
        <translation>Cadangan %1 tidak dapat dihapus dari sini.</translation>
    </message>
    <message>
        <source>Backup %1 deleted</source>
        <translation>Cadangan %1 dihapus</translation>
    </message>
    <message>
        <source>Backup %1 has no files to download.</source>
        <translation>Cadangan %1 tidak memiliki berkas untuk diunduh.</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) queued</source>
        <translation>
            <numerusform>%n unduhan diantrekan</numerusform>
        </translation>
    </message>
    <message>
        <source>An export to %1 is still running.</source>
        <translation>Ekspor ke %1 masih berjalan.</translation>
    </message>
    <message>
        <source>%1. It was kept as %2; the download queue starts empty.</source>
        <translation>%1. Berkas itu disimpan sebagai %2; antrean unduhan dimulai kosong.</translation>
    </message>
    <message>
        <source>%1. The download queue will not be saved in this session.</source>
        <translation>%1. Antrean unduhan tidak akan disimpan pada sesi ini.</translation>
    </message>
    <message>
        <source>The account of this download no longer exists.</source>
        <translation>Akun unduhan ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>sekarang</translation>
    </message>
    <message>
        <source>Loading backups from %1 to %2… %3 of %4 parts</source>
        <translation>Memuat cadangan dari %1 hingga %2… bagian %3 dari %4</translation>
    </message>
    <message>
        <source>Backups from %1 to %2</source>
        <translation>Cadangan dari %1 hingga %2</translation>
    </message>
    <message>
        <source>Local copies: %1</source>
        <translation>Salinan lokal: %1</translation>
    </message>
</context>
<context>
    <name>bb::CheckCommand</name>
    <message>
        <source>the account serves none of the products</source>
        <translation>akun ini tidak melayani produk mana pun</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>%1 dilewati: %2</translation>
    </message>
    <message>
        <source>%1 skipped: not offered in %2</source>
        <translation>%1 dilewati: tidak tersedia di %2</translation>
    </message>
    <message>
        <source>no credentials for any cloud: set the vendors&apos; environment variables or files, or use --account or --sandbox</source>
        <translation>tidak ada kredensial untuk cloud mana pun: atur variabel lingkungan atau berkas vendor, atau gunakan --account atau --sandbox</translation>
    </message>
    <message>
        <source>no such instance in the regions checked</source>
        <translation>instans tersebut tidak ada di region yang diperiksa</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>tidak dapat menulis keluaran: %1</translation>
    </message>
    <message>
        <source>local copies: %1</source>
        <translation>salinan lokal: %1</translation>
    </message>
</context>
<context>
    <name>bb::CliCommand</name>
    <message>
        <source>cannot write the output: %1</source>
        <translation>tidak dapat menulis keluaran: %1</translation>
    </message>
</context>
<context>
    <name>bb::CliOutput</name>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>tidak dapat menulis ke keluaran standar: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
</context>
<context>
    <name>bb::CliParser</name>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumen tak terduga &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: secrets are never accepted on the command line (they would show in ps and in shell history). Use --account NAME (keys in the OS keychain), the TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY or ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET environment variables, or the vendors&apos; credential files.</source>
        <translation>%1: rahasia tidak pernah diterima di baris perintah (akan terlihat di ps dan riwayat shell). Gunakan --account NAME (kunci di keychain OS), variabel lingkungan TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY atau ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET, atau berkas kredensial vendor.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>opsi tidak dikenal &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>opsi %1 memerlukan nilai</translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation>opsi %1 tidak menerima nilai</translation>
    </message>
    <message>
        <source>no command given (one of: %1); see --help</source>
        <translation>tidak ada perintah (salah satu dari: %1); lihat --help</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (one of: %2)</source>
        <translation>perintah tidak dikenal &apos;%1&apos; (salah satu dari: %2)</translation>
    </message>
    <message>
        <source>option %1 does not apply to &apos;%2&apos;</source>
        <translation>opsi %1 tidak berlaku untuk &apos;%2&apos;</translation>
    </message>
    <message>
        <source>option %1 needs a non-empty value</source>
        <translation>opsi %1 memerlukan nilai yang tidak kosong</translation>
    </message>
    <message>
        <source>--endpoint needs an http:// or https:// URL with a host, not &apos;%1&apos;</source>
        <translation>--endpoint memerlukan URL http:// atau https:// dengan host, bukan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--endpoint must not carry a user name or password</source>
        <translation>--endpoint tidak boleh memuat nama pengguna atau kata sandi</translation>
    </message>
    <message>
        <source>--endpoint takes only a scheme, host and port, not &apos;%1&apos;</source>
        <translation>--endpoint hanya menerima skema, host, dan port, bukan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--region: &apos;%1&apos; is not a region id (e.g. ap-guangzhou, cn-hangzhou)</source>
        <translation>--region: &apos;%1&apos; bukan id region (mis. ap-guangzhou, cn-hangzhou)</translation>
    </message>
    <message>
        <source>unknown product &apos;%1&apos; (one of: %2)</source>
        <translation>produk tidak dikenal &apos;%1&apos; (salah satu dari: %2)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a time (use 2025-01-31, 2025-01-31T08:00:00Z, 7d or 24h)</source>
        <translation>%1: &apos;%2&apos; bukan waktu (gunakan 2025-01-31, 2025-01-31T08:00:00Z, 7d, atau 24h)</translation>
    </message>
    <message>
        <source>--network must be internal or external, not &apos;%1&apos;</source>
        <translation>--network harus internal atau external, bukan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--quiet and --verbose exclude each other</source>
        <translation>--quiet dan --verbose saling meniadakan</translation>
    </message>
    <message>
        <source>--sandbox and --account exclude each other</source>
        <translation>--sandbox dan --account saling meniadakan</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs --product</source>
        <translation>&apos;%1&apos; memerlukan --product</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs --instance</source>
        <translation>&apos;%1&apos; memerlukan --instance</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs --backup</source>
        <translation>&apos;%1&apos; memerlukan --backup</translation>
    </message>
    <message>
        <source>--since is later than --until</source>
        <translation>--since lebih lambat dari --until</translation>
    </message>
    <message>
        <source>--kind must be one of %1, not &apos;%2&apos;</source>
        <translation>--kind harus salah satu dari %1, bukan &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--trigger must be manual or automatic, not &apos;%1&apos;</source>
        <translation>--trigger harus manual atau automatic, bukan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;edit&apos; needs --description</source>
        <translation>&apos;edit&apos; memerlukan --description</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs --flow</source>
        <translation>&apos;%1&apos; memerlukan --flow</translation>
    </message>
    <message>
        <source>--since and --until are the same time, so the window is empty; give a later --until</source>
        <translation>--since dan --until adalah waktu yang sama, sehingga rentangnya kosong; berikan --until yang lebih lambat</translation>
    </message>
    <message>
        <source>--flow: &apos;%1&apos; is not a job id (the digits create printed in extra.FlowId, extra.TaskId or extra.BackupJobId)</source>
        <translation>--flow: &apos;%1&apos; bukan id tugas (angka yang dicetak create di extra.FlowId, extra.TaskId, atau extra.BackupJobId)</translation>
    </message>
    <message>
        <source>--format prometheus applies to &apos;check&apos; only</source>
        <translation>--format prometheus hanya berlaku untuk &apos;check&apos;</translation>
    </message>
    <message>
        <source>&apos;check --instance&apos; needs --product (instance ids are per product)</source>
        <translation>&apos;check --instance&apos; memerlukan --product (id instans berlaku per produk)</translation>
    </message>
    <message>
        <source>
Also:
  track               follow a backup that create started without --wait, like
                        create --wait, and print the result
                        --product P --instance ID --flow FLOW_ID
  --flow FLOW_ID      the job id create printed in its record: extra.FlowId
                        (tencent-sqlserver), extra.TaskId (tencent-redis),
                        extra.BackupJobId (alibaba-rds)
  Backup records end with a region key. Each record in files has the keys
  name size_bytes database internal_url external_url checksum extra; its extra holds
  the part&apos;s own fields (a StarRocks subtask&apos;s Status, StartTime, FinishedTime,
  SnapshotName and Detail; a Redis file&apos;s Shard). backups lists the files the
  listing has (StarRocks subtasks, RDS links); show adds what the detail call
  returns (SQL Server per-database files, Redis shards).
</source>
        <translation>
Juga:
  track               pantau cadangan yang dimulai create tanpa --wait, seperti
                        create --wait, lalu cetak hasilnya
                        --product P --instance ID --flow FLOW_ID
  --flow FLOW_ID      id tugas yang dicetak create dalam rekamannya: extra.FlowId
                        (tencent-sqlserver), extra.TaskId (tencent-redis),
                        extra.BackupJobId (alibaba-rds)
  Rekaman cadangan diakhiri kunci region. Setiap rekaman dalam files memiliki kunci
  name size_bytes database internal_url external_url checksum extra; extra-nya memuat
  kolom milik bagian itu sendiri (Status, StartTime, FinishedTime, SnapshotName, dan
  Detail subtugas StarRocks; Shard berkas Redis). backups menampilkan berkas yang
  ada di daftar (subtugas StarRocks, tautan RDS); show menambahkan apa yang dikembalikan
  panggilan detail (berkas per basis data SQL Server, shard Redis).
</translation>
    </message>
    <message>
        <source>
Fleet health:
  check               judge every instance&apos;s backups OK, warning or critical, with
                        the reasons; all products the credentials reach, or one
                        [--product P] [--instance ID]... [--max-age DURATION]
                        [--format table|csv|json|prometheus] [--output FILE]
                      Per instance: the newest successful full backup against the
                      expected age (critical past twice that, or none in 30 days),
                      log backups where the policy expects them, failures in the
                      last 7 days, a backup running over 3 times its usual, a full
                      backup under half the median of the 7 before it.
  --instance ID       (check) may repeat; without it, every instance
  --max-age DURATION  (check) expected age of the newest full backup where the
                      instance publishes no backup policy: 26h (default), 2d, 90m, 1w
  --format prometheus (check) node_exporter textfile format; with --output the file
                      is replaced atomically, for the textfile collector
  check exits 0 when every instance is OK, 7 when any is warning (none critical),
  8 when any is critical (the output is written in all three cases); 7 and 8 follow
  the codes above so a script tells &quot;an instance needs attention&quot; from &quot;the check
  could not run&quot; (Nagios&apos; 1 and 2 would collide with usage and provider errors).
</source>
        <translation>
Kesehatan seluruh instans:
  check               nilai cadangan setiap instans sebagai OK, warning, atau critical,
                        beserta alasannya; semua produk yang dijangkau kredensial,
                        atau satu produk
                        [--product P] [--instance ID]... [--max-age DURATION]
                        [--format table|csv|json|prometheus] [--output FILE]
                      Per instans: cadangan penuh terbaru yang berhasil dibandingkan
                      dengan usia yang diharapkan (critical jika lebih dari dua kali
                      lipatnya, atau tidak ada dalam 30 hari), cadangan log jika
                      kebijakan mengharapkannya, kegagalan dalam 7 hari terakhir,
                      cadangan yang berjalan lebih dari 3 kali durasi biasanya,
                      cadangan penuh yang kurang dari separuh median 7 cadangan
                      penuh sebelumnya.
  --instance ID       (check) dapat diulang; tanpa opsi ini, semua instans
  --max-age DURATION  (check) usia yang diharapkan untuk cadangan penuh terbaru jika
                      instans tidak memublikasikan kebijakan cadangan: 26h (bawaan),
                      2d, 90m, 1w
  --format prometheus (check) format textfile node_exporter; dengan --output, berkas
                      diganti secara atomik, untuk textfile collector
  check keluar dengan 0 jika semua instans OK, 7 jika ada yang warning (tidak ada
  yang critical), 8 jika ada yang critical (keluaran ditulis dalam ketiga kasus);
  7 dan 8 melanjutkan kode di atas sehingga skrip dapat membedakan &quot;sebuah instans
  perlu perhatian&quot; dari &quot;pemeriksaan tidak dapat dijalankan&quot; (1 dan 2 milik Nagios
  akan bentrok dengan kesalahan penggunaan dan galat penyedia).
</translation>
    </message>
    <message>
        <source>Usage: backup-browser-cli [global options] &lt;command&gt; [options]

Browse, create and download database backups on Tencent Cloud and Alibaba Cloud.

Commands:
  products            list the products this tool serves
  instances           list the instances of a product
                        --product P
  backups             list the backups of an instance
                        --product P --instance ID [--since TIME] [--until TIME]
                        [--status STATUS] [--kind KIND] [--trigger TRIGGER] [--with-urls]
  show                print one backup, whatever its age
                        --product P --instance ID --backup ID [--with-urls]
  create              start a backup; with --wait, follow it and print the result
                        --product P --instance ID [--databases a,b] [--name NAME] [--wait]
                        [--keep-until-instance-removed] [--with-urls]
  download            download a backup&apos;s file(s), verified; prints the final path(s)
                        --product P --instance ID --backup ID
                        [--network internal|external] [--dir DIR] [--overwrite]
  edit                change a backup&apos;s description (alibaba-starrocks)
                        --product P --instance ID --backup ID --description TEXT
  delete              delete a backup (alibaba-rds, alibaba-starrocks); asks first,
                        naming the backup, its instance, size and age
                        --product P --instance ID --backup ID [--yes]

Global options:
  --sandbox           start the built-in sandbox in-process and use it for every call
  --account NAME      a saved account (secrets from the OS keychain)
  --endpoint URL      override the API endpoint: scheme, host and port
  --region REGION     region for the call (default: the account&apos;s, else the product&apos;s)
  --format table|csv|json
                      output format (default: table)
  --output FILE       write the output to FILE (atomically) instead of stdout
  --quiet             less on stderr
  --verbose           one stderr line per API request: action, status, RequestId,
                      duration, URL (signed query strings masked)
  --version           print the version and exit
  --help, -h          print this help and exit

Command options:
  --product P         tencent-sqlserver, tencent-redis, alibaba-rds, alibaba-starrocks
  --instance ID       the instance id, e.g. mssql-1a2b3c4d, crs-xxxxxxxx, rm-xxxxxxxx
  --backup ID         the backup id as the provider prints it
  --since TIME        list backups started at or after TIME
  --until TIME        list backups started before TIME
                      TIME: 2025-01-31 (midnight UTC), 2025-01-31T08:00:00Z (no offset
                      means UTC), or an age: 30m, 24h, 7d, 2w.
                      backups without --since/--until: the last 7 days. show,
                      download, edit and delete find the backup by id whatever its
                      age; with --since/--until they search that window instead.
                      --since and --until must differ.
  --status STATUS     keep backups whose status (creating, running, succeeded, failed,
                      expired, locked, exporting, exported, deleted, unknown) or
                      provider status is STATUS (sent to the API where it has the
                      filter: alibaba-rds BackupStatus, alibaba-starrocks Statuses)
  --kind KIND         keep full, incremental, log or snapshot backups (alibaba-rds:
                      BackupType on the server)
  --trigger TRIGGER   keep manual or automatic backups (alibaba-rds: BackupMode on
                      the server)
  --databases a,b     back up only these databases (products that support it)
  --name NAME         backup name, remark or description
  --wait              wait for the created backup to finish
  --keep-until-instance-removed
                      keep the backup until the instance is removed instead of
                      following the retention policy (tencent-sqlserver only)
  --network N         external (default) or internal (only inside the cloud&apos;s network)
  --dir DIR           download into DIR (default: the current directory)
  --overwrite         replace an existing file instead of choosing a numbered name
  --description TEXT  the backup&apos;s new description
  --yes               delete without asking (needed when stdin is not a terminal)
  --with-urls         include the signed download URLs (internal_url, external_url)
                      in the output; without it they are null. They are bearer
                      tokens: anyone holding one can download the backup until it
                      expires, so keep them out of logs and shared files.

Credentials (without --account or --sandbox), as the vendors&apos; SDKs take them:
  Tencent: TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY, TENCENTCLOUD_SESSION_TOKEN,
           else [default] in ~/.tencentcloud/credentials
  Alibaba: ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET,
           ALIBABA_CLOUD_SECURITY_TOKEN, else ~/.aliyun/config.json
           (profile from ALIBABA_CLOUD_PROFILE)
  Secrets are never accepted as command-line arguments.

Output: --format json prints an array of records (show, edit, delete: one object,
  delete&apos;s with status &quot;deleted&quot;) with the keys
  id product instance name status status_raw kind trigger method start end expire
  size_bytes databases internal_url external_url checksum files extra
  (instances: id name product region status status_raw engine extra); null when
  unknown; internal_url/external_url (also in files) null unless --with-urls; times
  ISO-8601 UTC. csv has the same columns (nested values as JSON text).

Exit codes:
  0 success, 1 usage error, 2 the provider answered with an error, 3 network or TLS
  failure, 4 download verification failed, 5 credentials missing or rejected,
  6 a local file could not be written, 7 check found an instance warning,
  8 check found an instance critical, 9 sync could not copy every backup it
  selected, 10 another sync holds the destination&apos;s lock, 130 interrupted (a
  download leaves a resumable .part; run the same command again to resume)

Examples:
  backup-browser-cli --sandbox instances --product tencent-sqlserver
  backup-browser-cli backups --product alibaba-rds --instance rm-xxxx --since 7d --format csv
  backup-browser-cli download --product tencent-sqlserver --instance mssql-xxxx --backup 1234
</source>
        <translation>Penggunaan: backup-browser-cli [opsi global] &lt;perintah&gt; [opsi]

Jelajahi, buat, dan unduh cadangan basis data di Tencent Cloud dan Alibaba Cloud.

Perintah:
  products            tampilkan produk yang dilayani alat ini
  instances           tampilkan instans sebuah produk
                        --product P
  backups             tampilkan cadangan sebuah instans
                        --product P --instance ID [--since TIME] [--until TIME]
                        [--status STATUS] [--kind KIND] [--trigger TRIGGER] [--with-urls]
  show                cetak satu cadangan, berapa pun usianya
                        --product P --instance ID --backup ID [--with-urls]
  create              mulai cadangan; dengan --wait, pantau dan cetak hasilnya
                        --product P --instance ID [--databases a,b] [--name NAME] [--wait]
                        [--keep-until-instance-removed] [--with-urls]
  download            unduh berkas cadangan, terverifikasi; mencetak jalur akhirnya
                        --product P --instance ID --backup ID
                        [--network internal|external] [--dir DIR] [--overwrite]
  edit                ubah deskripsi cadangan (alibaba-starrocks)
                        --product P --instance ID --backup ID --description TEXT
  delete              hapus cadangan (alibaba-rds, alibaba-starrocks); bertanya dulu,
                        dengan menyebut cadangan, instansnya, ukuran, dan usianya
                        --product P --instance ID --backup ID [--yes]

Opsi global:
  --sandbox           jalankan sandbox bawaan dalam proses dan pakai untuk semua panggilan
  --account NAME      akun tersimpan (secret dari keychain OS)
  --endpoint URL      ganti endpoint API: skema, host, dan port
  --region REGION     region untuk panggilan (bawaan: milik akun, jika tidak milik produk)
  --format table|csv|json
                      format keluaran (bawaan: table)
  --output FILE       tulis keluaran ke FILE (secara atomik), bukan ke stdout
  --quiet             lebih sedikit keluaran di stderr
  --verbose           satu baris stderr per permintaan API: tindakan, status, RequestId,
                      durasi, URL (query string bertanda tangan disamarkan)
  --version           cetak versi lalu keluar
  --help, -h          cetak bantuan ini lalu keluar

Opsi perintah:
  --product P         tencent-sqlserver, tencent-redis, alibaba-rds, alibaba-starrocks
  --instance ID       id instans, mis. mssql-1a2b3c4d, crs-xxxxxxxx, rm-xxxxxxxx
  --backup ID         id cadangan seperti yang dicetak penyedia
  --since TIME        tampilkan cadangan yang dimulai pada atau setelah TIME
  --until TIME        tampilkan cadangan yang dimulai sebelum TIME
                      TIME: 2025-01-31 (tengah malam UTC), 2025-01-31T08:00:00Z (tanpa
                      offset berarti UTC), atau usia: 30m, 24h, 7d, 2w.
                      backups tanpa --since/--until: 7 hari terakhir. show,
                      download, edit, dan delete mencari cadangan menurut id berapa
                      pun usianya; dengan --since/--until, mereka mencari di rentang itu.
                      --since dan --until harus berbeda.
  --status STATUS     simpan cadangan yang statusnya (creating, running, succeeded, failed,
                      expired, locked, exporting, exported, deleted, unknown) atau
                      status penyedianya adalah STATUS (dikirim ke API jika API punya
                      saringan itu: alibaba-rds BackupStatus, alibaba-starrocks Statuses)
  --kind KIND         simpan cadangan full, incremental, log, atau snapshot (alibaba-rds:
                      BackupType di server)
  --trigger TRIGGER   simpan cadangan manual atau automatic (alibaba-rds: BackupMode di
                      server)
  --databases a,b     cadangkan hanya basis data ini (produk yang mendukungnya)
  --name NAME         nama, keterangan, atau deskripsi cadangan
  --wait              tunggu hingga cadangan yang dibuat selesai
  --keep-until-instance-removed
                      simpan cadangan hingga instans dihapus, alih-alih
                      mengikuti kebijakan retensi (hanya tencent-sqlserver)
  --network N         external (bawaan) atau internal (hanya di dalam jaringan cloud)
  --dir DIR           unduh ke DIR (bawaan: direktori saat ini)
  --overwrite         ganti berkas yang ada alih-alih memilih nama bernomor
  --description TEXT  deskripsi baru cadangan
  --yes               hapus tanpa bertanya (diperlukan jika stdin bukan terminal)
  --with-urls         sertakan URL unduhan bertanda tangan (internal_url, external_url)
                      dalam keluaran; tanpa opsi ini nilainya null. URL itu adalah bearer
                      token: siapa pun yang memegangnya dapat mengunduh cadangan hingga
                      kedaluwarsa, jadi jauhkan dari log dan berkas bersama.

Kredensial (tanpa --account atau --sandbox), seperti yang dibaca SDK vendor:
  Tencent: TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY, TENCENTCLOUD_SESSION_TOKEN,
           jika tidak ada, [default] di ~/.tencentcloud/credentials
  Alibaba: ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET,
           ALIBABA_CLOUD_SECURITY_TOKEN, jika tidak ada, ~/.aliyun/config.json
           (profil dari ALIBABA_CLOUD_PROFILE)
  Secret tidak pernah diterima sebagai argumen baris perintah.

Keluaran: --format json mencetak array rekaman (show, edit, delete: satu objek,
  milik delete dengan status &quot;deleted&quot;) dengan kunci
  id product instance name status status_raw kind trigger method start end expire
  size_bytes databases internal_url external_url checksum files extra
  (instances: id name product region status status_raw engine extra); null jika
  tidak diketahui; internal_url/external_url (juga di files) null kecuali --with-urls;
  waktu dalam ISO-8601 UTC. csv memiliki kolom yang sama (nilai bersarang sebagai teks JSON).

Kode keluar:
  0 berhasil, 1 kesalahan penggunaan, 2 penyedia menjawab dengan galat, 3 kegagalan
  jaringan atau TLS, 4 verifikasi unduhan gagal, 5 kredensial tidak ada atau ditolak,
  6 berkas lokal tidak dapat ditulis, 7 check menemukan instans dalam peringatan,
  8 check menemukan instans kritis, 9 sync tidak dapat menyalin semua cadangan
  yang dipilihnya, 10 sync lain memegang kunci tujuan, 130 diinterupsi (unduhan
  meninggalkan .part yang dapat dilanjutkan; jalankan perintah yang sama lagi untuk
  melanjutkan)

Contoh:
  backup-browser-cli --sandbox instances --product tencent-sqlserver
  backup-browser-cli backups --product alibaba-rds --instance rm-xxxx --since 7d --format csv
  backup-browser-cli download --product tencent-sqlserver --instance mssql-xxxx --backup 1234
</translation>
    </message>
    <message>
        <source>--format must be table, csv, json, or prometheus or nagios (check only), not &apos;%1&apos;</source>
        <translation>--format harus table, csv, json, atau prometheus atau nagios (hanya check), bukan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-age: &apos;%1&apos; is not a duration (use 26h, 2d, 90m or 1w), nor a product or instance with one (tencent-redis=2d, crs-xxxx=12h)</source>
        <translation>--max-age: &apos;%1&apos; bukan durasi (gunakan 26h, 2d, 90m, atau 1w), juga bukan produk atau instans dengan durasi (tencent-redis=2d, crs-xxxx=12h)</translation>
    </message>
    <message>
        <source>--format nagios applies to &apos;check&apos; only</source>
        <translation>--format nagios hanya berlaku untuk &apos;check&apos;</translation>
    </message>
    <message>
        <source>--format nagios writes to standard output: leave out --output</source>
        <translation>--format nagios menulis ke keluaran standar: hilangkan --output</translation>
    </message>
    <message>
        <source>  --max-age KEY=DURATION
                      (check) the same for one product (tencent-redis=2d) or one
                      instance (crs-xxxx=12h); may repeat. The most specific one
                      counts; one given for an instance counts over its policy too
  --format nagios     (check) one line on standard output and the Nagios plugin
                      exit code: 0 OK, 1 warning, 2 critical, 3 unknown (the check
                      could not run, the reason in the line)
</source>
        <translation>  --max-age KEY=DURATION
                      (check) sama, untuk satu produk (tencent-redis=2d) atau satu
                      instans (crs-xxxx=12h); dapat diulang. Yang paling spesifik
                      berlaku; nilai untuk sebuah instans juga mengalahkan kebijakannya
  --format nagios     (check) satu baris di keluaran standar dan kode keluar plugin
                      Nagios: 0 OK, 1 peringatan, 2 kritis, 3 tidak diketahui (check
                      tidak dapat berjalan, alasannya ada di baris itu)
</translation>
    </message>
    <message>
        <source>--max-age: &apos;%1&apos; is too long an instance id, or too many instances have one</source>
        <translation>--max-age: &apos;%1&apos; terlalu panjang untuk id instans, atau terlalu banyak instans yang sudah memilikinya</translation>
    </message>
    <message>
        <source>sync --kind must be full, log or all, not &apos;%1&apos;</source>
        <translation>sync --kind harus full, log, atau all, bukan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs a whole number from 1 to %2, not &apos;%3&apos;</source>
        <translation>%1 memerlukan bilangan bulat dari 1 sampai %2, bukan &apos;%3&apos;</translation>
    </message>
    <message>
        <source>sync --rules takes the rules from the file: leave out --dest, --product, --instance, --newest, --days, --kind and --no-prune</source>
        <translation>sync --rules mengambil aturan dari berkas: hilangkan --dest, --product, --instance, --newest, --days, --kind, dan --no-prune</translation>
    </message>
    <message>
        <source>a one-rule &apos;sync&apos; needs --dest DIR and --product P (without them, the rules file beside the settings, or --rules FILE)</source>
        <translation>&apos;sync&apos; dengan satu aturan memerlukan --dest DIR dan --product P (tanpa keduanya, berkas aturan di samping pengaturan, atau --rules FILE)</translation>
    </message>
    <message>
        <source>sync prints a table or JSON (--format json)</source>
        <translation>sync mencetak tabel atau JSON (--format json)</translation>
    </message>
    <message>
        <source>
Offsite copies:
  sync                keep verified local copies of the backups a rule selects:
                        lists, plans (fetch, keep, prune, with reasons), fetches what
                        is missing (resuming .part files), records each copy with its
                        CRC-64 in a catalogue in DIR, removes local copies that fell
                        out of the rule (never anything in the cloud)
                        [--rules FILE] [--dry-run] [--verify] [--format json]
                        (default FILE: offsite.json beside the settings), or one rule:
                        --dest DIR --product P [--instance ID]... [--newest N]
                        [--days D] [--kind full|log|all] [--network N] [--no-prune]
  --rules FILE        (sync) the rules file (JSON, docs/cli.md#sync)
  --dest DIR          (sync) the destination root; the catalogue and lock live in
                      DIR/.backup-browser
  --instance ID       (sync) an instance id or name pattern (prod-*); may repeat;
                      without it, every instance
  --newest N          (sync) the newest N backups per instance
  --days D            (sync) backups started within D days (without it: listed
                      in the last 30 days)
  --kind K            (sync) full (default), log or all
  --no-prune          (sync) keep local copies the rule no longer selects
  --dry-run           (sync) print the plan with its reasons; change nothing
  --verify            (sync) re-read every local copy, compare size and CRC-64
                      with the catalogue and fetch again the ones that differ
</source>
        <translation>
Salinan offsite:
  sync                simpan salinan lokal terverifikasi dari cadangan yang dipilih
                        aturan: menampilkan daftar, merencanakan (ambil, simpan,
                        pangkas, beserta alasannya), mengambil yang belum ada
                        (melanjutkan berkas .part), mencatat setiap salinan beserta
                        CRC-64-nya di katalog dalam DIR, menghapus salinan lokal yang
                        tidak lagi sesuai aturan (tidak pernah apa pun di cloud)
                        [--rules FILE] [--dry-run] [--verify] [--format json]
                        (FILE bawaan: offsite.json di samping pengaturan), atau satu
                        aturan:
                        --dest DIR --product P [--instance ID]... [--newest N]
                        [--days D] [--kind full|log|all] [--network N] [--no-prune]
  --rules FILE        (sync) berkas aturan (JSON, docs/cli.md#sync)
  --dest DIR          (sync) akar tujuan; katalog dan kunci berada di
                      DIR/.backup-browser
  --instance ID       (sync) id instans atau pola nama (prod-*); dapat diulang;
                      tanpa opsi ini, semua instans
  --newest N          (sync) N cadangan terbaru per instans
  --days D            (sync) cadangan yang dimulai dalam D hari (tanpa opsi ini:
                      yang tercantum dalam 30 hari terakhir)
  --kind K            (sync) full (bawaan), log, atau all
  --no-prune          (sync) simpan salinan lokal yang tidak lagi dipilih aturan
  --dry-run           (sync) cetak rencana beserta alasannya; tidak mengubah apa pun
  --verify            (sync) baca ulang setiap salinan lokal, bandingkan ukuran dan
                      CRC-64 dengan katalog, lalu ambil ulang yang berbeda
</translation>
    </message>
    <message>
        <source>  --rules FILE        (check) the offsite rules whose catalogues say which
                      instances have verified local copies (default: offsite.json
                      beside the settings, when it exists); an instance a rule
                      covers is a warning when its newest verified copy lags the
                      cloud&apos;s newest full backup by more than the expected age
</source>
        <translation>  --rules FILE        (check) aturan offsite yang katalognya menyatakan instans
                      mana yang punya salinan lokal terverifikasi (bawaan:
                      offsite.json di samping pengaturan, bila ada); instans yang
                      dicakup aturan menjadi peringatan bila salinan terverifikasi
                      terbarunya tertinggal dari cadangan penuh terbaru di cloud
                      lebih dari usia yang diharapkan
</translation>
    </message>
    <message>
        <source>
Downloads over several connections:
  --connections N     (download) connections per file, 1-16 (default 4): a file
                      of 16 MiB or more with an exact size comes as byte ranges
                      over them, each resumable; a smaller one over one
  --parallel-files N  (download) files of one backup (SQL Server per-database
                      files, Redis shards) fetched at once, 1-8 (default 3);
                      fewer when N times --connections would pass the 16
                      connections allowed to one host. The progress line sums
                      them. A file that fails does not stop the others: the
                      command ends when all have, with the code of the first
                      failed file in the backup&apos;s order and nothing on stdout
</source>
        <translation>
Unduhan lewat beberapa koneksi:
  --connections N     (download) koneksi per berkas, 1-16 (bawaan 4): berkas
                      16 MiB ke atas dengan ukuran pasti diambil per rentang
                      byte lewat koneksi-koneksi itu, masing-masing dapat
                      dilanjutkan; berkas yang lebih kecil lewat satu koneksi
  --parallel-files N  (download) berkas dari satu cadangan (berkas per basis
                      data SQL Server, shard Redis) yang diambil sekaligus, 1-8
                      (bawaan 3); lebih sedikit jika N kali --connections akan
                      melebihi 16 koneksi yang diizinkan ke satu host. Baris
                      kemajuan menjumlahkan semuanya. Berkas yang gagal tidak
                      menghentikan yang lain: perintah berakhir setelah semuanya
                      selesai, dengan kode berkas gagal pertama menurut urutan
                      cadangan dan tanpa apa pun di stdout
</translation>
    </message>
</context>
<context>
    <name>bb::CliRunner</name>
    <message>
        <source>cannot start the sandbox: %1</source>
        <translation>tidak dapat memulai sandbox: %1</translation>
    </message>
    <message>
        <source>sandbox listening on %1 and %2</source>
        <translation>sandbox mendengarkan di %1 dan %2</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>diinterupsi</translation>
    </message>
</context>
<context>
    <name>bb::ConfirmPrompt</name>
    <message>
        <source>%1? [y/N] </source>
        <translation>%1? [y/N] </translation>
    </message>
</context>
<context>
    <name>bb::CreateBackupDialog</name>
    <message>
        <source>Create backup</source>
        <translation>Buat cadangan</translation>
    </message>
    <message>
        <source>Back up %1 (%2, %3)</source>
        <translation>Cadangkan %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Leave empty to back up the whole instance</source>
        <translation>Biarkan kosong untuk mencadangkan seluruh instans</translation>
    </message>
    <message>
        <source>Database names separated by commas, spaces or new lines</source>
        <translation>Nama basis data dipisahkan koma, spasi, atau baris baru</translation>
    </message>
    <message>
        <source>Databases:</source>
        <translation>Basis data:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opsional</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Metode:</translation>
    </message>
    <message>
        <source>Instance default</source>
        <translation>Bawaan instans</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>How long to keep the backup; more than 7 days may need a ticket with Tencent Cloud</source>
        <translation>Berapa lama cadangan disimpan; lebih dari 7 hari mungkin perlu tiket ke Tencent Cloud</translation>
    </message>
    <message>
        <source>Keep for:</source>
        <translation>Simpan selama:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Buat</translation>
    </message>
    <message>
        <source>Keep until the instance is removed</source>
        <translation>Simpan hingga instans dihapus</translation>
    </message>
    <message>
        <source>The backup is not deleted by the instance&apos;s retention policy; it stays until the instance itself is removed</source>
        <translation>Cadangan tidak dihapus oleh kebijakan retensi instans; cadangan tetap ada hingga instansnya sendiri dihapus</translation>
    </message>
</context>
<context>
    <name>bb::CreateCommand</name>
    <message>
        <source>creating backup</source>
        <translation>membuat cadangan</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2%</translation>
    </message>
    <message>
        <source>backup %1: %2 (%3)</source>
        <translation>cadangan %1: %2 (%3)</translation>
    </message>
    <message>
        <source>backup %1 finished with status %2</source>
        <translation>cadangan %1 selesai dengan status %2</translation>
    </message>
    <message>
        <source>cannot write the output</source>
        <translation>tidak dapat menulis keluaran</translation>
    </message>
    <message>
        <source>track: %1 has no job id to follow later; use create --wait</source>
        <translation>track: %1 tidak memiliki id tugas untuk dipantau nanti; gunakan create --wait</translation>
    </message>
    <message>
        <source>track: %1</source>
        <translation>track: %1</translation>
    </message>
    <message>
        <source>--keep-until-instance-removed applies to %1 only</source>
        <translation>--keep-until-instance-removed hanya berlaku untuk %1</translation>
    </message>
</context>
<context>
    <name>bb::CsvExportJob</name>
    <message>
        <source>This export has already started.</source>
        <translation>Ekspor ini sudah dimulai.</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>Tidak ada yang diekspor.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; nothing was written.</source>
        <translation>Ekspor ke %1 dibatalkan; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The list changed during the export (it was refreshed, re-sorted or filtered, or was still loading), so nothing was written to %1. Export again.</source>
        <translation>Daftar berubah selama ekspor (disegarkan, diurutkan ulang atau difilter, atau masih dimuat), sehingga tidak ada yang ditulis ke %1. Ekspor lagi.</translation>
    </message>
</context>
<context>
    <name>bb::CsvWriter</name>
    <message>
        <source>The CSV output is not open for writing.</source>
        <translation>Keluaran CSV tidak terbuka untuk ditulis.</translation>
    </message>
    <message>
        <source>Writing the CSV output failed: %1</source>
        <translation>Gagal menulis keluaran CSV: %1</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>Tidak ada yang diekspor.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>The export of %1 was cancelled.</source>
        <translation>Ekspor %1 dibatalkan.</translation>
    </message>
</context>
<context>
    <name>bb::DeleteCommand</name>
    <message>
        <source>%1 does not allow deleting backups through its API</source>
        <translation>%1 tidak mengizinkan penghapusan cadangan melalui API-nya</translation>
    </message>
    <message>
        <source>not deleting backup %1: there is no terminal to ask for confirmation on; pass --yes to delete it without a question</source>
        <translation>cadangan %1 tidak dihapus: tidak ada terminal untuk meminta konfirmasi; berikan --yes untuk menghapusnya tanpa pertanyaan</translation>
    </message>
    <message>
        <source>backup %1 cannot be deleted: %2</source>
        <translation>cadangan %1 tidak dapat dihapus: %2</translation>
    </message>
    <message>
        <source>backup %1 was not deleted (not confirmed)</source>
        <translation>cadangan %1 tidak dihapus (tidak dikonfirmasi)</translation>
    </message>
    <message>
        <source>deleted backup %1 of instance %2</source>
        <translation>cadangan %1 dari instans %2 dihapus</translation>
    </message>
</context>
<context>
    <name>bb::DisplayFormat</name>
    <message>
        <source>Size unknown</source>
        <translation>Ukuran tidak diketahui</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>UTC %1</source>
        <translation>UTC %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 mnt %2 d</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 j %2 mnt</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 hr %2 j</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Berhasil</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Mengekspor</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Diekspor</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Penuh</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>Inkremental</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Fisik</translation>
    </message>
    <message>
        <source>Logical</source>
        <translation>Logis</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Sibuk</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Menghapus</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
    <message>
        <source>The provider gives no reason.</source>
        <translation>Penyedia tidak memberikan alasan.</translation>
    </message>
    <message>
        <source>The provider gives no reason beyond its status &quot;%1&quot;.</source>
        <translation>Penyedia tidak memberikan alasan selain statusnya &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>bb::Download</name>
    <message>
        <source>Queued</source>
        <translation>Dalam antrean</translation>
    </message>
    <message>
        <source>Resolving URL</source>
        <translation>Mengambil URL</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Mengunduh</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Memverifikasi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>bb::DownloadBatchProgress</name>
    <message>
        <source>%1 of %2 files done, %3 running</source>
        <translation>%1 dari %2 berkas selesai, %3 berjalan</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/d</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Sisa %1</translation>
    </message>
</context>
<context>
    <name>bb::DownloadCommand</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>folder %1 tidak ada</translation>
    </message>
    <message>
        <source>%1 backups cannot be downloaded%2</source>
        <translation>cadangan %1 tidak dapat diunduh%2</translation>
    </message>
    <message>
        <source>download of %1 failed: %2</source>
        <translation>unduhan %1 gagal: %2</translation>
    </message>
    <message>
        <source>(partial file kept: run the same command again to resume)</source>
        <translation>(berkas sebagian disimpan: jalankan perintah yang sama lagi untuk melanjutkan)</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>tidak dapat menulis keluaran: %1</translation>
    </message>
    <message>
        <source>interrupted: %1 is kept; run the same command again to resume</source>
        <translation>terputus: %1 disimpan; jalankan perintah yang sama lagi untuk melanjutkan</translation>
    </message>
    <message>
        <source>interrupted: %1 is complete and gets its final name</source>
        <translation>terputus: %1 sudah lengkap dan mendapat nama akhirnya</translation>
    </message>
    <message>
        <source>files at once: %1, not %2 (%3 connections each, at most %4 to one host)</source>
        <translation>berkas sekaligus: %1, bukan %2 (masing-masing %3 koneksi, paling banyak %4 ke satu host)</translation>
    </message>
    <message>
        <source>%1 of %2 files could not be downloaded (see above)</source>
        <translation>%1 dari %2 berkas tidak dapat diunduh (lihat di atas)</translation>
    </message>
    <message>
        <source>complete: %1</source>
        <translation>lengkap: %1</translation>
    </message>
</context>
<context>
    <name>bb::DownloadListModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/d</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Kecepatan</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Sisa waktu</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>Disimpan ke</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Verified (CRC-64)</source>
        <translation>Terverifikasi (CRC-64)</translation>
    </message>
    <message>
        <source>Verified (%1)</source>
        <translation>Terverifikasi (%1)</translation>
    </message>
    <message>
        <source>Verified (size)</source>
        <translation>Terverifikasi (ukuran)</translation>
    </message>
</context>
<context>
    <name>bb::DownloadManager</name>
    <message>
        <source>Cannot save the download queue to %1: %2</source>
        <translation>Tidak dapat menyimpan antrean unduhan ke %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the download queue %1</source>
        <translation>Tidak dapat membaca antrean unduhan %1</translation>
    </message>
</context>
<context>
    <name>bb::DownloadTask</name>
    <message>
        <source>Checking the partial file</source>
        <translation>Memeriksa berkas sebagian</translation>
    </message>
    <message>
        <source>Cannot save into &quot;%1&quot;: the folder does not exist or the name resolves outside it</source>
        <translation>Tidak dapat menyimpan ke &quot;%1&quot;: folder tidak ada atau nama mengarah ke luar folder</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists</source>
        <translation>&quot;%1&quot; sudah ada</translation>
    </message>
    <message>
        <source>No free file name for &quot;%1&quot; in &quot;%2&quot;</source>
        <translation>Tidak ada nama berkas kosong untuk &quot;%1&quot; di &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Not enough free space in &quot;%1&quot;: %2 more needed, %3 available</source>
        <translation>Ruang kosong di &quot;%1&quot; tidak cukup: perlu %2 lagi, tersedia %3</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Tidak dapat membaca &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not get a download URL: %1</source>
        <translation>Tidak bisa mendapatkan URL unduhan: %1</translation>
    </message>
    <message>
        <source>The provider gave no internal URL for &quot;%1&quot;</source>
        <translation>Penyedia tidak memberikan URL internal untuk &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No internal URL; using the external URL</source>
        <translation>Tidak ada URL internal; memakai URL eksternal</translation>
    </message>
    <message>
        <source>The provider gave no download URL for &quot;%1&quot;</source>
        <translation>Penyedia tidak memberikan URL unduhan untuk &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link; refusing to write through it</source>
        <translation>&quot;%1&quot; adalah tautan simbolis; menolak menulis melaluinya</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Tidak dapat menulis &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot resize &quot;%1&quot;: %2</source>
        <translation>Tidak dapat mengubah ukuran &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The server ignored the resume request; starting over</source>
        <translation>Server mengabaikan permintaan lanjutan; mulai dari awal</translation>
    </message>
    <message>
        <source>Cannot truncate &quot;%1&quot;: %2</source>
        <translation>Tidak dapat memotong &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The server kept answering the wrong byte range</source>
        <translation>Server terus menjawab rentang byte yang salah</translation>
    </message>
    <message>
        <source>The disk is full: &quot;%1&quot;</source>
        <translation>Disk penuh: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2</source>
        <translation>koneksi tertutup setelah %1 dari %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>TLS failure talking to %1: %2</source>
        <translation>Kegagalan TLS saat menghubungi %1: %2</translation>
    </message>
    <message>
        <source>The download link was refused even after renewing it (%1)</source>
        <translation>Tautan unduhan tetap ditolak meski sudah diperbarui (%1)</translation>
    </message>
    <message>
        <source>The download link expired; asking for a fresh one</source>
        <translation>Tautan unduhan kedaluwarsa; meminta yang baru</translation>
    </message>
    <message>
        <source>The file host answered %1</source>
        <translation>Host berkas menjawab %1</translation>
    </message>
    <message>
        <source>The file host answered %1; starting over</source>
        <translation>Host berkas menjawab %1; mulai dari awal</translation>
    </message>
    <message>
        <source>The internal URL is unreachable from this network; using the external URL</source>
        <translation>URL internal tidak dapat dijangkau dari jaringan ini; memakai URL eksternal</translation>
    </message>
    <message>
        <source>The internal URL %1 is unreachable from this network (%2). Internal links only work inside the cloud&apos;s network; download over the external URL instead.</source>
        <translation>URL internal %1 tidak dapat dijangkau dari jaringan ini (%2). Tautan internal hanya berfungsi di dalam jaringan cloud; unduh melalui URL eksternal.</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>tidak ada data selama %1 d</translation>
    </message>
    <message>
        <source>Checksum mismatch: the provider lists CRC-64 %1, the file has %2; the partial file is kept</source>
        <translation>Checksum tidak cocok: penyedia mencantumkan CRC-64 %1, berkas memiliki %2; berkas sebagian disimpan</translation>
    </message>
    <message>
        <source>Checksum mismatch: the file host announced CRC-64 %1, the file has %2; the partial file is kept</source>
        <translation>Checksum tidak cocok: host berkas mengumumkan CRC-64 %1, berkas memiliki %2; berkas sebagian disimpan</translation>
    </message>
    <message>
        <source>Cannot rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Tidak dapat mengganti nama &quot;%1&quot; menjadi &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Cannot replace &quot;%1&quot;: %2</source>
        <translation>Tidak dapat mengganti &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>The server answered the wrong byte range; starting over (attempt %1 of at most %2)</source>
        <translation>Server menjawab rentang byte yang salah; mulai dari awal (percobaan %1 dari maksimal %2)</translation>
    </message>
    <message>
        <source>The file host announces %1 bytes for &quot;%2&quot;, but the provider lists %3; nothing was kept</source>
        <translation>Host berkas mengumumkan %1 byte untuk &quot;%2&quot;, tetapi penyedia mencantumkan %3; tidak ada yang disimpan</translation>
    </message>
    <message>
        <source>The file host sent more than the %1 bytes of &quot;%2&quot;; stopped there and removed the partial file</source>
        <translation>Host berkas mengirim lebih dari %1 byte untuk &quot;%2&quot;; dihentikan di situ dan berkas sebagian dihapus</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>The file host&apos;s answer cannot be used: %1</source>
        <translation>Jawaban host berkas tidak dapat dipakai: %1</translation>
    </message>
    <message>
        <source>The file host answered %1, a redirect that cannot be followed</source>
        <translation>Host berkas menjawab %1, pengalihan yang tidak dapat diikuti</translation>
    </message>
    <message>
        <source>The file host answered %1 instead of the file</source>
        <translation>Host berkas menjawab %1, bukan berkasnya</translation>
    </message>
    <message>
        <source>Gave up after %1 failed attempts without progress (%2)%3</source>
        <translation>Menyerah setelah %1 percobaan gagal tanpa kemajuan (%2)%3</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s (attempt %3 of at most %4, %5 of %6 received)</source>
        <translation>%1; mencoba lagi dalam %2 d (percobaan %3 dari maksimal %4, %5 dari %6 diterima)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Gave up after %1 attempts: the file host keeps failing%2</source>
        <translation>Menyerah setelah %1 percobaan: host berkas terus gagal%2</translation>
    </message>
    <message>
        <source>Gave up after fetching %1 for a file of %2: the file host keeps sending the same bytes%3</source>
        <translation>Menyerah setelah mengambil %1 untuk berkas berukuran %2: host berkas terus mengirim byte yang sama%3</translation>
    </message>
    <message>
        <source>; the partial file (%1) is kept</source>
        <translation>; berkas sebagian (%1) disimpan</translation>
    </message>
    <message>
        <source>slower than %1/s for %2 s</source>
        <translation>lebih lambat dari %1/d selama %2 d</translation>
    </message>
    <message>
        <source>Size mismatch: received %1 bytes; the provider lists %2 (in whole KB: %3 to %4 would pass)</source>
        <translation>Ukuran tidak cocok: diterima %1 byte; penyedia mencantumkan %2 (dalam KB bulat: %3 hingga %4 akan lolos)</translation>
    </message>
    <message>
        <source>Size mismatch: received %1 bytes; the provider lists %2</source>
        <translation>Ukuran tidak cocok: diterima %1 byte; penyedia mencantumkan %2</translation>
    </message>
    <message>
        <source>Size mismatch: received %1 bytes; the file host announced %2</source>
        <translation>Ukuran tidak cocok: diterima %1 byte; host berkas mengumumkan %2</translation>
    </message>
    <message>
        <source>%1; the partial file was removed</source>
        <translation>%1; berkas sebagian dihapus</translation>
    </message>
    <message>
        <source>The server does not serve byte ranges; using one connection</source>
        <translation>Server tidak melayani rentang byte; memakai satu koneksi</translation>
    </message>
</context>
<context>
    <name>bb::DownloadsPanel</name>
    <message>
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <source>Resume or retry</source>
        <translation>Lanjutkan atau coba lagi</translation>
    </message>
    <message>
        <source>Cancel and delete the partial file</source>
        <translation>Batalkan dan hapus berkas sebagian</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Tampilkan di folder</translation>
    </message>
    <message>
        <source>Clear finished and cancelled downloads</source>
        <translation>Bersihkan unduhan yang selesai dan dibatalkan</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Bersihkan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Batalkan…</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Salin jalur</translation>
    </message>
    <message>
        <source>Connections (pause to change)</source>
        <translation>Koneksi (jeda untuk mengubah)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Koneksi</translation>
    </message>
</context>
<context>
    <name>bb::EditCommand</name>
    <message>
        <source>%1 does not allow editing a backup&apos;s description through its API</source>
        <translation>%1 tidak mengizinkan pengeditan deskripsi cadangan melalui API-nya</translation>
    </message>
    <message>
        <source>backup %1 cannot be edited: %2</source>
        <translation>cadangan %1 tidak dapat diedit: %2</translation>
    </message>
</context>
<context>
    <name>bb::ErrorBanner</name>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy the whole message, with its RequestId, for a support ticket</source>
        <translation>Salin seluruh pesan, beserta RequestId-nya, untuk tiket dukungan</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>bb::FleetHealthController</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot keep an expected backup age for it (too long an id, or %2 instances have one already).</source>
        <translation>%1: tidak dapat menyimpan usia cadangan yang diharapkan untuknya (id terlalu panjang, atau sudah ada %2 instans yang memilikinya).</translation>
    </message>
    <message>
        <source>Local copies: %1</source>
        <translation>Salinan lokal: %1</translation>
    </message>
</context>
<context>
    <name>bb::HealthJudge</name>
    <message>
        <source>Its backups could not be listed: %1</source>
        <translation>Daftar cadangannya tidak dapat diambil: %1</translation>
    </message>
    <message>
        <source>No successful full backup in the last %1 days.</source>
        <translation>Tidak ada cadangan penuh yang berhasil dalam %1 hari terakhir.</translation>
    </message>
    <message>
        <source>The newest successful full backup is %1 old; one was expected every %2.</source>
        <translation>Cadangan penuh terbaru yang berhasil berusia %1; seharusnya ada satu setiap %2.</translation>
    </message>
    <message numerus="yes">
        <source>The newest full backup is %1, less than half the median %2 of the %n before it.</source>
        <translation>
            <numerusform>Cadangan penuh terbaru berukuran %1, kurang dari separuh median %2 dari %n cadangan penuh sebelumnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>No successful log backup in the last %1 days; one was expected every %2.</source>
        <translation>Tidak ada cadangan log yang berhasil dalam %1 hari terakhir; seharusnya ada satu setiap %2.</translation>
    </message>
    <message>
        <source>The newest log backup is %1 old; one was expected every %2.</source>
        <translation>Cadangan log terbaru berusia %1; seharusnya ada satu setiap %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) failed in the last %1 days.</source>
        <translation>
            <numerusform>%n cadangan gagal dalam %1 hari terakhir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup %1 has been running for %2; this instance&apos;s backups usually take %3.</source>
        <translation>Cadangan %1 sudah berjalan selama %2; cadangan instans ini biasanya memakan waktu %3.</translation>
    </message>
    <message>
        <source>Backup %1 has been running for %2.</source>
        <translation>Cadangan %1 sudah berjalan selama %2.</translation>
    </message>
    <message>
        <source>Offsite rule %1 covers this instance, but no backup has a verified local copy.</source>
        <translation>Aturan offsite %1 mencakup instans ini, tetapi tidak ada cadangan yang punya salinan lokal terverifikasi.</translation>
    </message>
    <message>
        <source>The newest verified local copy (rule %1) is of a backup %2 old, %3 older than the newest backup in the cloud; copies were expected within %4.</source>
        <translation>Salinan lokal terverifikasi terbaru (aturan %1) berasal dari cadangan berusia %2, %3 lebih lama dari cadangan terbaru di cloud; salinan diharapkan dalam %4.</translation>
    </message>
</context>
<context>
    <name>bb::HealthOverviewDialog</name>
    <message>
        <source>%1 critical, %2 warning, %3 OK</source>
        <translation>%1 kritis, %2 peringatan, %3 OK</translation>
    </message>
    <message>
        <source>checking %1 of %2 instances…</source>
        <translation>memeriksa %1 dari %2 instans…</translation>
    </message>
    <message>
        <source>Fleet health</source>
        <translation>Kesehatan seluruh instans</translation>
    </message>
    <message>
        <source>Filter by instance, product, account, state or reason</source>
        <translation>Saring menurut instans, produk, akun, kondisi, atau alasan</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Segarkan</translation>
    </message>
    <message>
        <source>Expected backup age</source>
        <translation>Usia cadangan yang diharapkan</translation>
    </message>
    <message>
        <source>Newest full backup of %1 at most this many hours old (0: its policy, product or every instance&apos;s threshold again):</source>
        <translation>Cadangan penuh terbaru %1 berusia paling lama sekian jam (0: kembali ke kebijakannya, ambang produknya, atau ambang semua instans):</translation>
    </message>
    <message>
        <source>Set expected backup age for this instance…</source>
        <translation>Atur usia cadangan yang diharapkan untuk instans ini…</translation>
    </message>
    <message>
        <source>Fleet health thresholds…</source>
        <translation>Ambang kesehatan seluruh instans…</translation>
    </message>
</context>
<context>
    <name>bb::HealthTableModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritis</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Backed up as expected.</source>
        <translation>Dicadangkan sesuai harapan.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instans</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Newest full backup</source>
        <translation>Cadangan penuh terbaru</translation>
    </message>
    <message>
        <source>Newest log backup</source>
        <translation>Cadangan log terbaru</translation>
    </message>
    <message>
        <source>Failed (7 days)</source>
        <translation>Gagal (7 hari)</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Rule %1: the newest verified local copy is of the backup started %2</source>
        <translation>Aturan %1: salinan lokal terverifikasi terbaru berasal dari cadangan yang dimulai %2</translation>
    </message>
    <message>
        <source>Rule %1: no verified local copy</source>
        <translation>Aturan %1: tidak ada salinan lokal terverifikasi</translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation>Salinan lokal</translation>
    </message>
</context>
<context>
    <name>bb::HealthThresholdsPage</name>
    <message>
        <source> h</source>
        <translation> jam</translation>
    </message>
    <message>
        <source>Same as every instance</source>
        <translation>Sama dengan semua instans</translation>
    </message>
    <message>
        <source>How old the newest full backup of an instance may be before it is a warning (past twice that it is critical). An instance whose product publishes its backup policy is held to that policy, unless it has its own threshold below.</source>
        <translation>Seberapa lama cadangan penuh terbaru suatu instans boleh berusia sebelum menjadi peringatan (lebih dari dua kali lipatnya menjadi kritis). Instans yang produknya memublikasikan kebijakan cadangan dinilai menurut kebijakan itu, kecuali instans tersebut punya ambang sendiri di bawah.</translation>
    </message>
    <message>
        <source>Every instance:</source>
        <translation>Semua instans:</translation>
    </message>
    <message>
        <source>Per product</source>
        <translation>Per produk</translation>
    </message>
    <message>
        <source>Per instance</source>
        <translation>Per instans</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>ID instans</translation>
    </message>
    <message>
        <source>Expected age</source>
        <translation>Usia yang diharapkan</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
</context>
<context>
    <name>bb::HttpGetReply</name>
    <message>
        <source>Operation canceled</source>
        <translation>Operasi dibatalkan</translation>
    </message>
    <message>
        <source>Error transferring %1 - server replied: %2</source>
        <translation>Kesalahan saat mentransfer %1 - server membalas: %2</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Koneksi ditutup</translation>
    </message>
    <message>
        <source>TLS error from %1: %2</source>
        <translation>Galat TLS dari %1: %2</translation>
    </message>
    <message>
        <source>Cannot set up TLS for %1: %2</source>
        <translation>Tidak dapat menyiapkan TLS untuk %1: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>galat tidak dikenal</translation>
    </message>
    <message>
        <source>Cannot send the request to %1: %2</source>
        <translation>Tidak dapat mengirim permintaan ke %1: %2</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>server menutup koneksi</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>Jabat tangan TLS dengan %1 gagal: %2</translation>
    </message>
    <message>
        <source>The TLS connection to %1 ended without close_notify: the body may be cut short</source>
        <translation>Koneksi TLS ke %1 berakhir tanpa close_notify: isi mungkin terpotong</translation>
    </message>
    <message>
        <source>Cannot set up a connection to %1: %2</source>
        <translation>Tidak dapat menyiapkan koneksi ke %1: %2</translation>
    </message>
    <message>
        <source>Transfer from %1 failed: %2</source>
        <translation>Transfer dari %1 gagal: %2</translation>
    </message>
</context>
<context>
    <name>bb::InstanceHealthProbe</name>
    <message>
        <source>%1: no backup policy, judged against the threshold: %2</source>
        <translation>%1: tidak ada kebijakan cadangan, dinilai terhadap ambang: %2</translation>
    </message>
</context>
<context>
    <name>bb::InstanceTreeModel</name>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Provider status: %1</source>
        <translation>Status penyedia: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
</context>
<context>
    <name>bb::InstanceTreePane</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>bb::KeychainCredentialStore</name>
    <message>
        <source>No keychain is available (%1). Secrets are kept for this session only and will have to be entered again next time.</source>
        <translation>Tidak ada keychain (%1). Rahasia hanya disimpan untuk sesi ini dan harus dimasukkan lagi lain kali.</translation>
    </message>
    <message>
        <source>no Secret Service</source>
        <translation>tidak ada Secret Service</translation>
    </message>
    <message>
        <source>The keychain refused access to the credentials of account %1: %2</source>
        <translation>Keychain menolak akses ke kredensial akun %1: %2</translation>
    </message>
</context>
<context>
    <name>bb::LocalCopiesController</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>tidak lengkap</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>diinterupsi</translation>
    </message>
    <message>
        <source>%1 %2: %3, %4 copied, %5 not copied, %6 removed</source>
        <translation>%1 %2: %3, %4 disalin, %5 tidak disalin, %6 dihapus</translation>
    </message>
    <message>
        <source>Remove local copies</source>
        <translation>Hapus salinan lokal</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n local copy file(s) that fell out of the rules?</source>
        <translation>
            <numerusform>Hapus %n berkas salinan lokal yang tidak lagi sesuai aturan?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>dan %n lainnya</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the local files go; the backups in the cloud are not touched.</source>
        <translation>Hanya berkas lokal yang dihapus; cadangan di cloud tidak disentuh.</translation>
    </message>
    <message>
        <source>Run and remove</source>
        <translation>Jalankan dan hapus</translation>
    </message>
    <message>
        <source>rule %1: no account for %2</source>
        <translation>aturan %1: tidak ada akun untuk %2</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>aturan %1: %2</translation>
    </message>
    <message>
        <source>account: %1 is an account of %2, but %3 is a product of %4</source>
        <translation>account: %1 adalah akun %2, tetapi %3 adalah produk %4</translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation>Alibaba Cloud</translation>
    </message>
    <message>
        <source>Tencent Cloud</source>
        <translation>Tencent Cloud</translation>
    </message>
</context>
<context>
    <name>bb::LocalCopiesDialog</name>
    <message>
        <source>Run &amp;now</source>
        <translation>Jalankan &amp;sekarang</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Local copies</source>
        <translation>Salinan lokal</translation>
    </message>
    <message>
        <source>Last runs:</source>
        <translation>Eksekusi terakhir:</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) from %1</source>
        <translation>
            <numerusform>%n aturan dari %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add rule…</source>
        <translation>&amp;Tambah aturan…</translation>
    </message>
    <message>
        <source>&amp;Edit rule…</source>
        <translation>&amp;Edit aturan…</translation>
    </message>
    <message>
        <source>Re&amp;move rule…</source>
        <translation>&amp;Hapus aturan…</translation>
    </message>
    <message>
        <source>Local copies:</source>
        <translation>Salinan lokal:</translation>
    </message>
    <message>
        <source>No rules: Add rule… writes them to %1, the file `sync` reads (see docs/cli.md, &quot;Sync&quot;).</source>
        <translation>Tidak ada aturan: Tambah aturan… menuliskannya ke %1, berkas yang dibaca `sync` (lihat docs/cli.md, &quot;Sync&quot;).</translation>
    </message>
    <message>
        <source>The rule %1 is no longer in the rules file; nothing was saved.</source>
        <translation>Aturan %1 sudah tidak ada di berkas aturan; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 disimpan.</translation>
    </message>
    <message>
        <source>Removed the rule %1; its local copies stay.</source>
        <translation>Aturan %1 dihapus; salinan lokalnya tetap ada.</translation>
    </message>
    <message>
        <source>The rule %1 is no longer in the rules file; nothing was removed.</source>
        <translation>Aturan %1 sudah tidak ada di berkas aturan; tidak ada yang dihapus.</translation>
    </message>
</context>
<context>
    <name>bb::LocalCopiesModel</name>
    <message numerus="yes">
        <source>%n copy(ies) failed verification; the next run fetches them again</source>
        <translation>
            <numerusform>%n salinan gagal verifikasi; eksekusi berikutnya mengambilnya lagi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrupt</source>
        <translation>
            <numerusform>%n rusak</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instans</translation>
    </message>
    <message>
        <source>Newest local copy</source>
        <translation>Salinan lokal terbaru</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Usia</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Diverifikasi</translation>
    </message>
</context>
<context>
    <name>bb::LocalCopyIndex</name>
    <message>
        <source>rule %1: %2</source>
        <translation>aturan %1: %2</translation>
    </message>
</context>
<context>
    <name>bb::LogModel</name>
    <message>
        <source>no response</source>
        <translation>tidak ada respons</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instans</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Percobaan</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>bb::LogView</name>
    <message>
        <source>Clear</source>
        <translation>Bersihkan</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Bersihkan log</translation>
    </message>
</context>
<context>
    <name>bb::MainWindow</name>
    <message>
        <source>Backup Browser</source>
        <translation>Backup Browser</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <source>Downloaded %1</source>
        <translation>Diunduh %1</translation>
    </message>
    <message>
        <source>Download finished</source>
        <translation>Unduhan selesai</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Segarkan</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>Segarkan &amp;otomatis</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Unduh</translation>
    </message>
    <message>
        <source>Download over the &amp;internal network</source>
        <translation>Unduh melalui jaringan &amp;internal</translation>
    </message>
    <message>
        <source>&amp;Create backup…</source>
        <translation>&amp;Buat cadangan…</translation>
    </message>
    <message>
        <source>De&amp;lete backup</source>
        <translation>&amp;Hapus cadangan</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Ekspor CSV…</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Tambah akun…</translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation>&amp;Edit akun…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>&amp;About Backup Browser</source>
        <translation>&amp;Tentang Backup Browser</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>&amp;Cadangan</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Utama</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Unduhan</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Download the selected backup (Ctrl+D)</source>
        <translation>Unduh cadangan yang dipilih (Ctrl+D)</translation>
    </message>
    <message>
        <source>Download over the cloud&apos;s internal network (same region only)</source>
        <translation>Unduh melalui jaringan internal cloud (hanya region yang sama)</translation>
    </message>
    <message>
        <source>Delete the selected backup (Del)</source>
        <translation>Hapus cadangan yang dipilih (Del)</translation>
    </message>
    <message>
        <source>Start a backup of the selected instance (Ctrl+N)</source>
        <translation>Mulai cadangan instans yang dipilih (Ctrl+N)</translation>
    </message>
    <message>
        <source>The sandbox accounts are built in</source>
        <translation>Akun sandbox sudah bawaan</translation>
    </message>
    <message>
        <source>Select a backup to download.</source>
        <translation>Pilih cadangan yang akan diunduh.</translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 with BOM (*.csv)</source>
        <translation>CSV untuk Excel, UTF-8 dengan BOM (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n baris diekspor ke %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Batalkan ekspor</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Mengekspor ke %1…</translation>
    </message>
    <message>
        <source>Creating a backup of %1: %2%</source>
        <translation>Membuat cadangan %1: %2%</translation>
    </message>
    <message>
        <source>Creating a backup of %1…</source>
        <translation>Membuat cadangan %1…</translation>
    </message>
    <message>
        <source>Save downloads in</source>
        <translation>Simpan unduhan di</translation>
    </message>
    <message>
        <source>No download folder was chosen; nothing was downloaded.</source>
        <translation>Tidak ada folder unduhan yang dipilih; tidak ada yang diunduh.</translation>
    </message>
    <message>
        <source>%1 is critical: %2</source>
        <translation>%1 kritis: %2</translation>
    </message>
    <message>
        <source>Backup health</source>
        <translation>Kesehatan cadangan</translation>
    </message>
    <message>
        <source>&amp;Fleet health…</source>
        <translation>&amp;Kesehatan seluruh instans…</translation>
    </message>
    <message>
        <source>%1 is not in the account tree yet: refresh the tree and try again.</source>
        <translation>%1 belum ada di pohon akun: segarkan pohon lalu coba lagi.</translation>
    </message>
    <message>
        <source>&amp;Local copies…</source>
        <translation>Salinan &amp;lokal…</translation>
    </message>
</context>
<context>
    <name>bb::NagiosWriter</name>
    <message>
        <source>no instance to check</source>
        <translation>tidak ada instans untuk diperiksa</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) checked, all OK</source>
        <translation>
            <numerusform>%n instans diperiksa, semuanya OK</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 critical, %2 warning, %3 OK</source>
        <translation>%1 kritis, %2 peringatan, %3 OK</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n lainnya</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::OutputFormatter</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>JENIS</translation>
    </message>
    <message>
        <source>TRIGGER</source>
        <translation>PEMICU</translation>
    </message>
    <message>
        <source>START</source>
        <translation>MULAI</translation>
    </message>
    <message>
        <source>END</source>
        <translation>SELESAI</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>UKURAN</translation>
    </message>
    <message>
        <source>DATABASES</source>
        <translation>BASIS DATA</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMA</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>ENGINE</source>
        <translation>MESIN</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>PRODUK</translation>
    </message>
    <message>
        <source>CLOUD</source>
        <translation>CLOUD</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>KONDISI</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>INSTANS</translation>
    </message>
    <message>
        <source>FULL AGE</source>
        <translation>USIA PENUH</translation>
    </message>
    <message>
        <source>FAILED 7D</source>
        <translation>GAGAL 7 HARI</translation>
    </message>
    <message>
        <source>REASONS</source>
        <translation>ALASAN</translation>
    </message>
    <message>
        <source>LOCAL COPY AGE</source>
        <translation>USIA SALINAN LOKAL</translation>
    </message>
</context>
<context>
    <name>bb::PagedListing</name>
    <message>
        <source>The request could not be sent.</source>
        <translation>Permintaan tidak dapat dikirim.</translation>
    </message>
    <message>
        <source>Page %1 of the listing holds %2 rows, more than the %3 asked for; the answer is not trusted.</source>
        <translation>Halaman %1 dari daftar berisi %2 baris, lebih dari %3 yang diminta; jawaban tidak dipercaya.</translation>
    </message>
    <message>
        <source>The listing was stopped at page %1: its answers passed %2 bytes (%3 received), the limit for one listing; narrow the time window or the filters.</source>
        <translation>Daftar dihentikan di halaman %1: jawabannya melewati %2 byte (%3 diterima), batas untuk satu daftar; persempit rentang waktu atau saringan.</translation>
    </message>
    <message>
        <source>The listing was stopped at page %1: it passed %2 rows (%3 received), the limit for one listing; narrow the time window or the filters.</source>
        <translation>Daftar dihentikan di halaman %1: daftar melewati %2 baris (%3 diterima), batas untuk satu daftar; persempit rentang waktu atau saringan.</translation>
    </message>
</context>
<context>
    <name>bb::ParallelRanges</name>
    <message>
        <source>the file host sent more than the file&apos;s size</source>
        <translation>host berkas mengirim lebih dari ukuran berkas</translation>
    </message>
    <message>
        <source>the file host answered another byte range</source>
        <translation>host berkas menjawab dengan rentang byte lain</translation>
    </message>
    <message>
        <source>the file host ignored the range of a parallel connection</source>
        <translation>host berkas mengabaikan rentang sebuah koneksi paralel</translation>
    </message>
    <message>
        <source>the connection closed %1 bytes before the end of its range</source>
        <translation>koneksi tertutup %1 byte sebelum akhir rentangnya</translation>
    </message>
    <message>
        <source>range at byte %1 was not written whole</source>
        <translation>rentang pada byte %1 tidak tertulis utuh</translation>
    </message>
</context>
<context>
    <name>bb::PartSidecar</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
</context>
<context>
    <name>bb::PolicyExpectation</name>
    <message>
        <source>full backups on %1</source>
        <translation>cadangan penuh pada %1</translation>
    </message>
    <message>
        <source>full backups on %1 at %2</source>
        <translation>cadangan penuh pada %1 pukul %2</translation>
    </message>
</context>
<context>
    <name>bb::ProductRegistry</name>
    <message>
        <source>Tencent Cloud SQL Server</source>
        <translation>Tencent Cloud SQL Server</translation>
    </message>
    <message>
        <source>Tencent Cloud Redis</source>
        <translation>Tencent Cloud Redis</translation>
    </message>
    <message>
        <source>Alibaba Cloud ApsaraDB RDS</source>
        <translation>Alibaba Cloud ApsaraDB RDS</translation>
    </message>
    <message>
        <source>Alibaba Cloud EMR Serverless StarRocks</source>
        <translation>Alibaba Cloud EMR Serverless StarRocks</translation>
    </message>
</context>
<context>
    <name>bb::ProviderError</name>
    <message>
        <source>Request</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 gagal: %2</translation>
    </message>
</context>
<context>
    <name>bb::RdsParser</name>
    <message>
        <source>Snapshot backups have no download file.</source>
        <translation>Cadangan snapshot tidak memiliki berkas unduhan.</translation>
    </message>
    <message>
        <source>The backup failed, so there is no file to download.</source>
        <translation>Cadangan gagal, jadi tidak ada berkas untuk diunduh.</translation>
    </message>
    <message>
        <source>RDS returned no download URL for this backup.</source>
        <translation>RDS tidak memberikan URL unduhan untuk cadangan ini.</translation>
    </message>
    <message>
        <source>DescribeBackups answered without a list at Items.Backup.</source>
        <translation>DescribeBackups menjawab tanpa daftar di Items.Backup.</translation>
    </message>
    <message>
        <source>DescribeDBInstances answered without a list at Items.DBInstance.</source>
        <translation>DescribeDBInstances menjawab tanpa daftar di Items.DBInstance.</translation>
    </message>
    <message>
        <source>DescribeBackupTasks answered without a list at Items.BackupJob.</source>
        <translation>DescribeBackupTasks menjawab tanpa daftar di Items.BackupJob.</translation>
    </message>
    <message>
        <source>RDS marks this backup set unavailable (IsAvail 0).</source>
        <translation>RDS menandai set cadangan ini tidak tersedia (IsAvail 0).</translation>
    </message>
    <message>
        <source>RDS deletes backups only of MySQL and PostgreSQL instances; this one runs %1.</source>
        <translation>RDS hanya menghapus cadangan instans MySQL dan PostgreSQL; instans ini menjalankan %1.</translation>
    </message>
    <message>
        <source>RDS keeps this backup set: its StoreStatus is Disabled, and only sets RDS marks Enabled can be deleted (for example, sets still needed for point-in-time restore).</source>
        <translation>RDS mempertahankan set cadangan ini: StoreStatus-nya Disabled, dan hanya set yang ditandai RDS sebagai Enabled yang dapat dihapus (misalnya, set yang masih diperlukan untuk pemulihan point-in-time).</translation>
    </message>
    <message>
        <source>archive storage</source>
        <translation>penyimpanan arsip</translation>
    </message>
    <message>
        <source>regular storage</source>
        <translation>penyimpanan reguler</translation>
    </message>
    <message>
        <source>PreferredBackupPeriod holds &apos;%1&apos;, which is no weekday</source>
        <translation>PreferredBackupPeriod berisi &apos;%1&apos;, yang bukan nama hari</translation>
    </message>
    <message>
        <source>PreferredBackupPeriod is missing or empty</source>
        <translation>PreferredBackupPeriod tidak ada atau kosong</translation>
    </message>
</context>
<context>
    <name>bb::RedisParser</name>
    <message>
        <source>An instance in the answer has no InstanceId.</source>
        <translation>Sebuah instans dalam jawaban tidak memiliki InstanceId.</translation>
    </message>
    <message>
        <source>A backup in the answer has no BackupId.</source>
        <translation>Sebuah cadangan dalam jawaban tidak memiliki BackupId.</translation>
    </message>
    <message>
        <source>The backup has expired or was deleted.</source>
        <translation>Cadangan sudah kedaluwarsa atau dihapus.</translation>
    </message>
    <message>
        <source>The answer has no BackupId.</source>
        <translation>Jawaban tidak memiliki BackupId.</translation>
    </message>
    <message>
        <source>The answer has no download address.</source>
        <translation>Jawaban tidak memiliki alamat unduhan.</translation>
    </message>
    <message>
        <source>The answer has implausibly many files.</source>
        <translation>Jawaban memiliki jumlah berkas yang tidak masuk akal.</translation>
    </message>
    <message>
        <source>The answer has no usable TaskId.</source>
        <translation>Jawaban tidak memiliki TaskId yang dapat dipakai.</translation>
    </message>
    <message>
        <source>The task status &quot;%1&quot; is not one the API documents.</source>
        <translation>Status tugas &quot;%1&quot; tidak didokumentasikan oleh API.</translation>
    </message>
    <message>
        <source>The answer names no weekday in WeekDays.</source>
        <translation>Jawaban tidak menyebut hari apa pun di WeekDays.</translation>
    </message>
</context>
<context>
    <name>bb::RuleEditorDialog</name>
    <message>
        <source>No limit</source>
        <translation>Tanpa batas</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>Pi&amp;lih…</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Tanpa batas</translation>
    </message>
    <message>
        <source>&amp;Remove local copies the rule no longer selects</source>
        <translation>&amp;Hapus salinan lokal yang tidak lagi dipilih aturan</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Tidak diatur</translation>
    </message>
    <message>
        <source>Offsite rule</source>
        <translation>Aturan offsite</translation>
    </message>
    <message>
        <source>Offsite rule %1</source>
        <translation>Aturan offsite %1</translation>
    </message>
    <message>
        <source>Command-line credentials (here: the first account with the product)</source>
        <translation>Kredensial baris perintah (di sini: akun pertama yang memiliki produk tersebut)</translation>
    </message>
    <message>
        <source>%1 (not an account here)</source>
        <translation>%1 (bukan akun di sini)</translation>
    </message>
    <message>
        <source>Full backups</source>
        <translation>Cadangan penuh</translation>
    </message>
    <message>
        <source>Log backups</source>
        <translation>Cadangan log</translation>
    </message>
    <message>
        <source>Full and log backups</source>
        <translation>Cadangan penuh dan log</translation>
    </message>
    <message>
        <source>External (public internet)</source>
        <translation>Eksternal (internet publik)</translation>
    </message>
    <message>
        <source>Internal (inside the cloud&apos;s network)</source>
        <translation>Internal (di dalam jaringan cloud)</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/d</translation>
    </message>
    <message>
        <source>the account&apos;s regions</source>
        <translation>region milik akun</translation>
    </message>
    <message>
        <source>every instance; or ids and name patterns (prod-*), by commas or lines</source>
        <translation>semua instans; atau id dan pola nama (prod-*), dipisahkan koma atau baris</translation>
    </message>
    <message>
        <source>Which backups</source>
        <translation>Cadangan mana</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Akun:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produk:</translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Instances:</source>
        <translation>&amp;Instans:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>N&amp;ewest per instance:</source>
        <translation>T&amp;erbaru per instans:</translation>
    </message>
    <message>
        <source>Started &amp;within (days):</source>
        <translation>&amp;Dimulai dalam (hari):</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Tujuan:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>Tata leta&amp;k:</translation>
    </message>
    <message>
        <source>For example:</source>
        <translation>Contoh:</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Ne&amp;twork:</source>
        <translation>Jarin&amp;gan:</translation>
    </message>
    <message>
        <source>C&amp;onnections (backups at once):</source>
        <translation>K&amp;oneksi (cadangan sekaligus):</translation>
    </message>
    <message>
        <source>&amp;Bandwidth limit:</source>
        <translation>Batas &amp;bandwidth:</translation>
    </message>
    <message>
        <source>Local retention</source>
        <translation>Retensi lokal</translation>
    </message>
    <message>
        <source>Without counts, the selection above decides what stays.</source>
        <translation>Tanpa jumlah, pilihan di atas menentukan apa yang tetap disimpan.</translation>
    </message>
    <message>
        <source>Keep the la&amp;st:</source>
        <translation>&amp;Simpan yang terakhir:</translation>
    </message>
    <message>
        <source>Keep those within (days):</source>
        <translation>Simpan yang berusia dalam (hari):</translation>
    </message>
    <message>
        <source>Always keep at least (&amp;minimum):</source>
        <translation>Selalu simpan setidaknya (&amp;minimum):</translation>
    </message>
    <message>
        <source>Daily:</source>
        <translation>Harian:</translation>
    </message>
    <message>
        <source>Weekly:</source>
        <translation>Mingguan:</translation>
    </message>
    <message>
        <source>Monthly:</source>
        <translation>Bulanan:</translation>
    </message>
    <message>
        <source>Yearly:</source>
        <translation>Tahunan:</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Tidak dapat menyimpan: %1</translation>
    </message>
    <message>
        <source>The destination is relative: each program that runs the rule resolves it from its own working folder; choose an absolute folder to be sure.</source>
        <translation>Tujuan bersifat relatif: setiap program yang menjalankan aturan ini menafsirkannya dari folder kerjanya sendiri; pilih folder absolut agar pasti.</translation>
    </message>
    <message>
        <source>Keep local copies in</source>
        <translation>Simpan salinan lokal di</translation>
    </message>
    <message>
        <source>Connections per &amp;file:</source>
        <translation>J&amp;umlah koneksi per berkas:</translation>
    </message>
</context>
<context>
    <name>bb::RuleListModel</name>
    <message>
        <source>The rules file cannot be read; fix it first: %1</source>
        <translation>Berkas aturan tidak dapat dibaca; perbaiki dulu: %1</translation>
    </message>
    <message>
        <source>name: &apos;%1&apos; names another rule too</source>
        <translation>name: &apos;%1&apos; juga menjadi nama aturan lain</translation>
    </message>
    <message>
        <source>a rules file holds at most %1 rules</source>
        <translation>satu berkas aturan memuat paling banyak %1 aturan</translation>
    </message>
    <message>
        <source>no rule in row %1</source>
        <translation>tidak ada aturan di baris %1</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read (another program or a person edited it); nothing was saved: Reload, then edit again</source>
        <translation>%1 berubah di disk sejak dibaca (program lain atau seseorang mengeditnya); tidak ada yang disimpan: Muat ulang, lalu edit lagi</translation>
    </message>
    <message>
        <source>cannot remove the rules file %1: %2</source>
        <translation>tidak dapat menghapus berkas aturan %1: %2</translation>
    </message>
    <message>
        <source>full</source>
        <translation>penuh</translation>
    </message>
    <message>
        <source>log</source>
        <translation>log</translation>
    </message>
    <message>
        <source>full and log</source>
        <translation>penuh dan log</translation>
    </message>
    <message>
        <source>newest %1</source>
        <translation>%1 terbaru</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>%1 terakhir</translation>
    </message>
    <message>
        <source>%1 daily</source>
        <translation>%1 harian</translation>
    </message>
    <message>
        <source>%1 weekly</source>
        <translation>%1 mingguan</translation>
    </message>
    <message>
        <source>%1 monthly</source>
        <translation>%1 bulanan</translation>
    </message>
    <message>
        <source>%1 yearly</source>
        <translation>%1 tahunan</translation>
    </message>
    <message>
        <source>keep %1</source>
        <translation>simpan %1</translation>
    </message>
    <message>
        <source>no pruning</source>
        <translation>tanpa pemangkasan</translation>
    </message>
    <message>
        <source>(command-line credentials)</source>
        <translation>(kredensial baris perintah)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Tujuan</translation>
    </message>
</context>
<context>
    <name>bb::ServiceReply</name>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>bb::Settings</name>
    <message>
        <source>Cannot save the settings to %1.</source>
        <translation>Tidak dapat menyimpan pengaturan ke %1.</translation>
    </message>
</context>
<context>
    <name>bb::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Bahasa sistem</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/d</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Tanpa batas</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Mati</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Folder unduhan</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <source>Parallel downloads:</source>
        <translation>Unduhan paralel:</translation>
    </message>
    <message>
        <source>Bandwidth limit:</source>
        <translation>Batas bandwidth:</translation>
    </message>
    <message>
        <source>Download folder:</source>
        <translation>Folder unduhan:</translation>
    </message>
    <message>
        <source>Auto-refresh every:</source>
        <translation>Segarkan otomatis setiap:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>Fleet health</source>
        <translation>Kesehatan seluruh instans</translation>
    </message>
    <message>
        <source>Connections per download:</source>
        <translation>Koneksi per unduhan:</translation>
    </message>
    <message>
        <source>Large files (16 MiB and more, with an exact size) are fetched in byte ranges over up to this many connections; smaller ones, and servers that refuse ranges, use one.</source>
        <translation>Berkas besar (16 MiB ke atas, dengan ukuran pasti) diambil per rentang byte lewat paling banyak sejumlah koneksi ini; berkas yang lebih kecil, dan server yang menolak rentang, memakai satu.</translation>
    </message>
</context>
<context>
    <name>bb::SqlServerParser</name>
    <message>
        <source>An instance in the answer has no InstanceId.</source>
        <translation>Sebuah instans dalam jawaban tidak memiliki InstanceId.</translation>
    </message>
    <message>
        <source>The backup failed, so there is no file to download.</source>
        <translation>Cadangan gagal, jadi tidak ada berkas untuk diunduh.</translation>
    </message>
    <message>
        <source>The backup is still being created.</source>
        <translation>Cadangan masih dibuat.</translation>
    </message>
    <message>
        <source>A backup in the answer is not an object.</source>
        <translation>Sebuah cadangan dalam jawaban bukan objek.</translation>
    </message>
    <message>
        <source>The answer has no usable FlowId.</source>
        <translation>Jawaban tidak memiliki FlowId yang dapat dipakai.</translation>
    </message>
    <message>
        <source>The answer has no Status.</source>
        <translation>Jawaban tidak memiliki Status.</translation>
    </message>
    <message>
        <source>A backup in the answer has neither an Id nor a GroupId.</source>
        <translation>Sebuah cadangan dalam jawaban tidak memiliki Id maupun GroupId.</translation>
    </message>
</context>
<context>
    <name>bb::StarRocksParser</name>
    <message>
        <source>StarRocks backups have no download URL.</source>
        <translation>Cadangan StarRocks tidak memiliki URL unduhan.</translation>
    </message>
    <message>
        <source>DescribeBackups answered without a list at Data.</source>
        <translation>DescribeBackups menjawab tanpa daftar di Data.</translation>
    </message>
    <message>
        <source>DescribeInstances answered without a list at Data.</source>
        <translation>DescribeInstances menjawab tanpa daftar di Data.</translation>
    </message>
</context>
<context>
    <name>bb::StarRocksService</name>
    <message>
        <source>EMR Serverless StarRocks creates backups only from backup policies; it has no on-demand backup API.</source>
        <translation>EMR Serverless StarRocks hanya membuat cadangan dari kebijakan cadangan; tidak ada API cadangan sesuai permintaan.</translation>
    </message>
    <message>
        <source>StarRocks backups have no download URL.</source>
        <translation>Cadangan StarRocks tidak memiliki URL unduhan.</translation>
    </message>
    <message>
        <source>StarRocks no longer lists it: it may have expired or been deleted.</source>
        <translation>StarRocks tidak lagi mencantumkannya: mungkin sudah kedaluwarsa atau dihapus.</translation>
    </message>
</context>
<context>
    <name>bb::SyncCommand</name>
    <message>
        <source>no rules: write %1 (docs/cli.md#sync), or give --rules FILE, or --dest DIR and --product P for one rule</source>
        <translation>tidak ada aturan: tulis %1 (docs/cli.md#sync), atau berikan --rules FILE, atau --dest DIR dan --product P untuk satu aturan</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>aturan %1: %2</translation>
    </message>
    <message>
        <source>rule %1 -&gt; %2</source>
        <translation>aturan %1 -&gt; %2</translation>
    </message>
    <message>
        <source>would %1</source>
        <translation>akan %1</translation>
    </message>
    <message>
        <source>FAILED %1 %2 %3: %4</source>
        <translation>GAGAL %1 %2 %3: %4</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>dihapus %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>galat: %1</translation>
    </message>
    <message>
        <source>summary: %1 fetched (%2), %3 failed, %4 pruned, %5 kept, %6 verified, %7 corrupt; %8 API calls in %9</source>
        <translation>ringkasan: %1 diambil (%2), %3 gagal, %4 dipangkas, %5 disimpan, %6 diverifikasi, %7 rusak; %8 panggilan API dalam %9</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>tidak dapat menulis keluaran: %1</translation>
    </message>
    <message>
        <source>interrupted: files being copied keep their .part; the next sync resumes them</source>
        <translation>diinterupsi: berkas yang sedang disalin tetap memiliki .part-nya; sync berikutnya melanjutkannya</translation>
    </message>
</context>
<context>
    <name>bb::SyncRun</name>
    <message>
        <source>the catalogue names %1, which is not inside %2; left alone</source>
        <translation>katalog menyebut %1, yang tidak berada di dalam %2; dibiarkan</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>tidak dapat menghapus %1</translation>
    </message>
    <message>
        <source>cannot create the destination %1</source>
        <translation>tidak dapat membuat tujuan %1</translation>
    </message>
    <message>
        <source>another sync (process %1 on %2) is using %3; try again when it has ended</source>
        <translation>sync lain (proses %1 di %2) sedang menggunakan %3; coba lagi setelah selesai</translation>
    </message>
    <message numerus="yes">
        <source>the catalogue was missing: rebuilt from %n copy sidecar(s) on disk</source>
        <translation>
            <numerusform>katalog tidak ada: dibangun ulang dari %n berkas sidecar salinan di disk</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not match the catalogue (size %2, CRC-64 %3; expected %4, %5)</source>
        <translation>%1 tidak cocok dengan katalog (ukuran %2, CRC-64 %3; seharusnya %4, %5)</translation>
    </message>
    <message>
        <source>no region to list %1 in</source>
        <translation>tidak ada region untuk menampilkan daftar %1</translation>
    </message>
    <message>
        <source>fetching %1 of %2 (%3)</source>
        <translation>mengambil %1 dari %2 (%3)</translation>
    </message>
    <message>
        <source>cannot make a folder named after the backup in %1</source>
        <translation>tidak dapat membuat folder bernama cadangan di %1</translation>
    </message>
    <message>
        <source>(partial file kept: the next run resumes it)</source>
        <translation>(berkas parsial disimpan: eksekusi berikutnya melanjutkannya)</translation>
    </message>
    <message>
        <source>copied %1</source>
        <translation>disalin %1</translation>
    </message>
    <message>
        <source>could not copy %1 of %2: %3</source>
        <translation>tidak dapat menyalin %1 dari %2: %3</translation>
    </message>
    <message>
        <source>removed the local copy %1 (%2)</source>
        <translation>salinan lokal %1 dihapus (%2)</translation>
    </message>
</context>
<context>
    <name>bb::Tc3Protocol</name>
    <message>
        <source>Too many requests (HTTP 429)</source>
        <translation>Terlalu banyak permintaan (HTTP 429)</translation>
    </message>
    <message>
        <source>The API answered HTTP %1 instead of 200</source>
        <translation>API menjawab HTTP %1, bukan 200</translation>
    </message>
    <message>
        <source>The answer is not valid JSON (%1)</source>
        <translation>Jawaban bukan JSON yang valid (%1)</translation>
    </message>
    <message>
        <source>The answer has no &quot;Response&quot; object</source>
        <translation>Jawaban tidak memiliki objek &quot;Response&quot;</translation>
    </message>
    <message>
        <source>The answer&apos;s &quot;Error&quot; is not an object</source>
        <translation>&quot;Error&quot; dalam jawaban bukan objek</translation>
    </message>
    <message>
        <source>Tencent Cloud is rate-limiting this account; the call was retried with backoff.</source>
        <translation>Tencent Cloud membatasi laju akun ini; panggilan diulang dengan jeda.</translation>
    </message>
    <message>
        <source>The signature did not match: the SecretKey is wrong, or the request was altered on the way (a proxy rewriting the body?).</source>
        <translation>Tanda tangan tidak cocok: SecretKey salah, atau permintaan diubah di perjalanan (proksi menulis ulang isi?).</translation>
    </message>
    <message>
        <source>Your clock is more than 5 minutes off; correct the system time and try again.</source>
        <translation>Jam Anda selisih lebih dari 5 menit; perbaiki waktu sistem lalu coba lagi.</translation>
    </message>
    <message>
        <source>The SecretId is wrong, disabled or deleted, or not a cloud API key (look for stray spaces).</source>
        <translation>SecretId salah, dinonaktifkan, dihapus, atau bukan kunci API cloud (periksa spasi berlebih).</translation>
    </message>
    <message>
        <source>The temporary token has expired or does not belong to this key; get new temporary credentials.</source>
        <translation>Token sementara kedaluwarsa atau bukan milik kunci ini; dapatkan kredensial sementara baru.</translation>
    </message>
    <message>
        <source>The Authorization header was rejected as malformed.</source>
        <translation>Header Authorization ditolak karena formatnya salah.</translation>
    </message>
    <message>
        <source>The multi-factor authentication check failed.</source>
        <translation>Pemeriksaan autentikasi multifaktor gagal.</translation>
    </message>
    <message>
        <source>The key lacks the CAM permission for this action.</source>
        <translation>Kunci tidak memiliki izin CAM untuk tindakan ini.</translation>
    </message>
    <message>
        <source>The key lacks the CAM permission for %1.</source>
        <translation>Kunci tidak memiliki izin CAM untuk %1.</translation>
    </message>
    <message>
        <source>Tencent Cloud did not accept these credentials.</source>
        <translation>Tencent Cloud tidak menerima kredensial ini.</translation>
    </message>
    <message>
        <source>The product is not offered in this region.</source>
        <translation>Produk tidak tersedia di region ini.</translation>
    </message>
</context>
<context>
    <name>bb::TencentErrorHints</name>
    <message>
        <source>The SQL Server control database failed; try again later.</source>
        <translation>Basis data kendali SQL Server gagal; coba lagi nanti.</translation>
    </message>
    <message>
        <source>The operation failed or timed out inside Tencent Cloud; try again later.</source>
        <translation>Operasi gagal atau habis waktu di dalam Tencent Cloud; coba lagi nanti.</translation>
    </message>
    <message>
        <source>Tencent Cloud could not reach the backup storage (COS); try again later.</source>
        <translation>Tencent Cloud tidak dapat menjangkau penyimpanan cadangan (COS); coba lagi nanti.</translation>
    </message>
    <message>
        <source>An internal task service failed; try again later.</source>
        <translation>Layanan tugas internal gagal; coba lagi nanti.</translation>
    </message>
    <message>
        <source>Tencent Cloud had a system error; try again later.</source>
        <translation>Tencent Cloud mengalami galat sistem; coba lagi nanti.</translation>
    </message>
    <message>
        <source>Tencent Cloud had an unknown error; try again later.</source>
        <translation>Tencent Cloud mengalami galat tak dikenal; coba lagi nanti.</translation>
    </message>
    <message>
        <source>Tencent Cloud rejected a parameter of this request as invalid.</source>
        <translation>Tencent Cloud menolak sebuah parameter permintaan ini karena tidak valid.</translation>
    </message>
    <message>
        <source>Tencent Cloud could not convert a parameter of this request.</source>
        <translation>Tencent Cloud tidak dapat mengonversi sebuah parameter permintaan ini.</translation>
    </message>
    <message>
        <source>The backup name contains characters Tencent Cloud does not allow.</source>
        <translation>Nama cadangan memuat karakter yang tidak diizinkan Tencent Cloud.</translation>
    </message>
    <message>
        <source>Too many databases were named for one backup.</source>
        <translation>Terlalu banyak basis data yang disebut untuk satu cadangan.</translation>
    </message>
    <message>
        <source>One of the named databases does not exist on this instance.</source>
        <translation>Salah satu basis data yang disebut tidak ada di instans ini.</translation>
    </message>
    <message>
        <source>The instance does not exist in this region (deleted, or another region or account?).</source>
        <translation>Instans tidak ada di region ini (dihapus, atau region atau akun lain?).</translation>
    </message>
    <message>
        <source>The backup does not exist any more (expired or deleted).</source>
        <translation>Cadangan sudah tidak ada (kedaluwarsa atau dihapus).</translation>
    </message>
    <message>
        <source>A database is in a state that does not allow a backup now.</source>
        <translation>Sebuah basis data berada dalam keadaan yang tidak mengizinkan cadangan sekarang.</translation>
    </message>
    <message>
        <source>The instance is busy or not running (another backup, a restore or a change may be in progress).</source>
        <translation>Instans sibuk atau tidak berjalan (mungkin ada cadangan, pemulihan, atau perubahan lain).</translation>
    </message>
    <message>
        <source>The Redis control database failed; try again later.</source>
        <translation>Basis data kendali Redis gagal; coba lagi nanti.</translation>
    </message>
    <message>
        <source>Tencent Cloud had an internal error; try again later.</source>
        <translation>Tencent Cloud mengalami galat internal; coba lagi nanti.</translation>
    </message>
    <message>
        <source>Tencent Cloud had a system error unrelated to the request; try again later.</source>
        <translation>Tencent Cloud mengalami galat sistem yang tidak terkait permintaan; coba lagi nanti.</translation>
    </message>
    <message>
        <source>No Redis instance has this ID in this region (deleted, or another region or account?).</source>
        <translation>Tidak ada instans Redis dengan ID ini di region ini (dihapus, atau region atau akun lain?).</translation>
    </message>
    <message>
        <source>The key lacks the CAM permission for this action.</source>
        <translation>Kunci tidak memiliki izin CAM untuk tindakan ini.</translation>
    </message>
    <message>
        <source>Tencent Cloud rejected a parameter of this request.</source>
        <translation>Tencent Cloud menolak sebuah parameter permintaan ini.</translation>
    </message>
    <message>
        <source>Tencent Cloud rejected the value of a parameter (time window, page size or offset?).</source>
        <translation>Tencent Cloud menolak nilai sebuah parameter (rentang waktu, ukuran halaman, atau offset?).</translation>
    </message>
    <message>
        <source>A required parameter was missing from the request.</source>
        <translation>Parameter wajib tidak ada dalam permintaan.</translation>
    </message>
    <message>
        <source>The request carried a parameter this API version does not know.</source>
        <translation>Permintaan membawa parameter yang tidak dikenal versi API ini.</translation>
    </message>
    <message>
        <source>This API action does not exist for this product and version (wrong endpoint?).</source>
        <translation>Tindakan API ini tidak ada untuk produk dan versi ini (endpoint salah?).</translation>
    </message>
    <message>
        <source>This API version does not exist for this product (wrong endpoint?).</source>
        <translation>Versi API ini tidak ada untuk produk ini (endpoint salah?).</translation>
    </message>
    <message>
        <source>The endpoint does not serve this product.</source>
        <translation>Endpoint tidak melayani produk ini.</translation>
    </message>
    <message>
        <source>Tencent Cloud has retired this API action.</source>
        <translation>Tencent Cloud sudah menghentikan tindakan API ini.</translation>
    </message>
    <message>
        <source>The instance does not support this operation in its current state or edition.</source>
        <translation>Instans tidak mendukung operasi ini dalam keadaan atau edisinya saat ini.</translation>
    </message>
    <message>
        <source>The endpoint refused the request method or protocol (HTTPS is required).</source>
        <translation>Endpoint menolak metode atau protokol permintaan (HTTPS diperlukan).</translation>
    </message>
    <message>
        <source>The resource does not exist.</source>
        <translation>Sumber daya tidak ada.</translation>
    </message>
    <message>
        <source>The resource is not available right now.</source>
        <translation>Sumber daya sedang tidak tersedia.</translation>
    </message>
    <message>
        <source>The resource is in use by another operation.</source>
        <translation>Sumber daya sedang dipakai operasi lain.</translation>
    </message>
    <message>
        <source>A quota or limit of the account was exceeded.</source>
        <translation>Kuota atau batas akun terlampaui.</translation>
    </message>
    <message>
        <source>Tencent Cloud could not carry out the operation.</source>
        <translation>Tencent Cloud tidak dapat menjalankan operasi ini.</translation>
    </message>
    <message>
        <source>The request was too large for Tencent Cloud.</source>
        <translation>Permintaan terlalu besar untuk Tencent Cloud.</translation>
    </message>
    <message>
        <source>The answer would be too large; narrow the time window.</source>
        <translation>Jawaban akan terlalu besar; persempit rentang waktu.</translation>
    </message>
    <message>
        <source>This computer&apos;s IP address is blocked for the account.</source>
        <translation>Alamat IP komputer ini diblokir untuk akun ini.</translation>
    </message>
    <message>
        <source>This computer&apos;s IP address is not on the account&apos;s allow list.</source>
        <translation>Alamat IP komputer ini tidak ada dalam daftar izin akun.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable; try again later.</source>
        <translation>Layanan sementara tidak tersedia; coba lagi nanti.</translation>
    </message>
</context>
<context>
    <name>bb::TencentJson</name>
    <message>
        <source>The answer&apos;s TotalCount &quot;%1&quot; is not a plausible count.</source>
        <translation>TotalCount &quot;%1&quot; dalam jawaban bukan jumlah yang masuk akal.</translation>
    </message>
    <message>
        <source>The answer has %1 rows in one page, more than the API ever returns (%2).</source>
        <translation>Jawaban memiliki %1 baris dalam satu halaman, lebih dari yang pernah dikembalikan API (%2).</translation>
    </message>
    <message>
        <source>The answer has no list &quot;%1&quot; (or it is not a list).</source>
        <translation>Jawaban tidak memiliki daftar &quot;%1&quot; (atau itu bukan daftar).</translation>
    </message>
</context>
<context>
    <name>bb::TencentRedisService</name>
    <message>
        <source>Starting the backup</source>
        <translation>Memulai cadangan</translation>
    </message>
    <message>
        <source>Looking up the new backup</source>
        <translation>Mencari cadangan baru</translation>
    </message>
    <message>
        <source>The backup task %1 failed on the server.</source>
        <translation>Tugas cadangan %1 gagal di server.</translation>
    </message>
    <message>
        <source>Waiting for the backup to start</source>
        <translation>Menunggu cadangan dimulai</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Mencadangkan</translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation>Cadangan selesai</translation>
    </message>
    <message>
        <source>The backup task succeeded, but the new backup does not appear in the list.</source>
        <translation>Tugas cadangan berhasil, tetapi cadangan baru tidak muncul di daftar.</translation>
    </message>
    <message>
        <source>Task %1 belongs to instance %2, not to this one.</source>
        <translation>Tugas %1 milik instans %2, bukan instans ini.</translation>
    </message>
</context>
<context>
    <name>bb::TencentService</name>
    <message>
        <source>&apos;%1&apos; is not a %2 (a positive integer the create call returned).</source>
        <translation>&apos;%1&apos; bukan %2 (bilangan bulat positif yang dikembalikan panggilan create).</translation>
    </message>
    <message>
        <source>Following the backup</source>
        <translation>Memantau cadangan</translation>
    </message>
</context>
<context>
    <name>bb::TencentSqlServerService</name>
    <message>
        <source>The listing gave no download address for backup %1.</source>
        <translation>Daftar tidak memberikan alamat unduhan untuk cadangan %1.</translation>
    </message>
    <message>
        <source>Backup %1 is no longer listed; it may have expired.</source>
        <translation>Cadangan %1 tidak lagi terdaftar; mungkin sudah kedaluwarsa.</translation>
    </message>
    <message>
        <source>Starting the backup</source>
        <translation>Memulai cadangan</translation>
    </message>
    <message>
        <source>Creating the backup</source>
        <translation>Membuat cadangan</translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation>Cadangan selesai</translation>
    </message>
    <message>
        <source>The backup (flow %1) failed on the server.</source>
        <translation>Cadangan (alur %1) gagal di server.</translation>
    </message>
    <message>
        <source>%1 is not a SQL Server backup id: they are numbers, or %2&lt;GroupId&gt; for a backup kept as one file per database.</source>
        <translation>%1 bukan id cadangan SQL Server: id berupa angka, atau %2&lt;GroupId&gt; untuk cadangan yang disimpan sebagai satu berkas per basis data.</translation>
    </message>
</context>
<context>
    <name>bb::TimelineChart</name>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Select an instance to see its backups over time</source>
        <translation>Pilih instans untuk melihat cadangannya dari waktu ke waktu</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
</context>
<context>
    <name>bb::UrlField</name>
    <message>
        <source>Show the full URL, including its signature</source>
        <translation>Tampilkan URL lengkap, termasuk tanda tangannya</translation>
    </message>
    <message>
        <source>Copy the full URL</source>
        <translation>Salin URL lengkap</translation>
    </message>
</context>
<context>
    <name>bb::UrlResolver</name>
    <message>
        <source>The provider returned no download URL for %1</source>
        <translation>Penyedia tidak mengembalikan URL unduhan untuk %1</translation>
    </message>
    <message>
        <source>No account can resolve %1 downloads</source>
        <translation>Tidak ada akun yang dapat mengambil URL unduhan %1</translation>
    </message>
</context>
<context>
    <name>bb::VendorCredentials</name>
    <message>
        <source>No Tencent Cloud credentials: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, or write them to the [default] section of ~/.tencentcloud/credentials.</source>
        <translation>Tidak ada kredensial Tencent Cloud: atur TENCENTCLOUD_SECRET_ID dan TENCENTCLOUD_SECRET_KEY, atau tulis ke bagian [default] di ~/.tencentcloud/credentials.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was not found or is not usable in ~/.aliyun/config.json.</source>
        <translation>Profil &quot;%1&quot; tidak ditemukan atau tidak dapat dipakai di ~/.aliyun/config.json.</translation>
    </message>
    <message>
        <source>No Alibaba Cloud credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or configure a profile with the aliyun CLI (~/.aliyun/config.json).</source>
        <translation>Tidak ada kredensial Alibaba Cloud: atur ALIBABA_CLOUD_ACCESS_KEY_ID dan ALIBABA_CLOUD_ACCESS_KEY_SECRET, atau konfigurasikan profil dengan CLI aliyun (~/.aliyun/config.json).</translation>
    </message>
</context>
<context>
    <name>bb::VendorProfile</name>
    <message>
        <source>, temporary token</source>
        <translation>, token sementara</translation>
    </message>
    <message>
        <source>Environment variables (%1%2)</source>
        <translation>Variabel lingkungan (%1%2)</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <source>%1, profile &quot;%2&quot; (%3%4)</source>
        <translation>%1, profil &quot;%2&quot; (%3%4)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;backup-browser-cli --help&apos;.</source>
        <translation>Coba &apos;backup-browser-cli --help&apos;.</translation>
    </message>
    <message>
        <source>Start the built-in sandbox and show its accounts.</source>
        <translation>Mulai sandbox bawaan dan tampilkan akunnya.</translation>
    </message>
    <message>
        <source>Load, save a PNG of the window, and quit.</source>
        <translation>Muat, simpan PNG jendela, lalu keluar.</translation>
    </message>
    <message>
        <source>Use this language (e.g. zh_CN) instead of the settings&apos;.</source>
        <translation>Gunakan bahasa ini (mis. zh_CN) alih-alih dari pengaturan.</translation>
    </message>
    <message>
        <source>Use this theme (system, light, dark) instead of the settings&apos;.</source>
        <translation>Gunakan tema ini (system, light, dark) alih-alih dari pengaturan.</translation>
    </message>
    <message>
        <source>With --screenshot: the window&apos;s size, e.g. 1280x720.</source>
        <translation>Dengan --screenshot: ukuran jendela, mis. 1280x720.</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, e.g. 1280x720.</source>
        <translation>--size memerlukan LEBARxTINGGI, mis. 1280x720.</translation>
    </message>
    <message>
        <source>With --screenshot: instance, account, failed, failed-24h, health or local-copies.</source>
        <translation>Dengan --screenshot: instance, account, failed, failed-24h, health, atau local-copies.</translation>
    </message>
</context>
</TS>
