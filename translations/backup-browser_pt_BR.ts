<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>bb::AboutDialog</name>
    <message>
        <source>About Backup Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse, create, check and download database backups on Tencent Cloud (SQL Server, Redis) and Alibaba Cloud (ApsaraDB RDS, EMR Serverless StarRocks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the version information for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bb::AccountStore</name>
    <message>
        <source>The built-in sandbox accounts are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the accounts file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bb::ApiCall</name>
    <message>
        <source>The answer is larger than %1 bytes, the limit for an API response</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The request timed out after %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection failed (%1). The server&apos;s certificate is not trusted, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the endpoint, or trust that server&apos;s certificate explicitly in the account settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bb::BackupService</name>
    <message>
        <source>The product %1 does not offer this operation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bb::CliParser</name>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: secrets are never accepted on the command line (they would show in ps and in shell history). Use --account NAME (keys in the OS keychain), the TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY or ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET environment variables, or the vendors&apos; credential files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given (one of: %1); see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 does not apply to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 needs a non-empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint needs an http:// or https:// URL with a host, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint must not carry a user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint takes only a scheme, host and port, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region: &apos;%1&apos; is not a region id (e.g. ap-guangzhou, cn-hangzhou)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown product &apos;%1&apos; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a time (use 2025-01-31, 2025-01-31T08:00:00Z, 7d or 24h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--network must be internal or external, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quiet and --verbose exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox and --account exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs --product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs --instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs --backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since is later than --until</source>
        <translation type="unfinished"></translation>
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
                        [--status STATUS]
  show                print one backup
                        --product P --instance ID --backup ID
  create              start a backup; with --wait, follow it and print the result
                        --product P --instance ID [--databases a,b] [--name NAME] [--wait]
  download            download a backup&apos;s file(s), verified; prints the final path(s)
                        --product P --instance ID --backup ID
                        [--network internal|external] [--dir DIR] [--overwrite]

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
                      Without --since/--until: the last 7 days.
  --status STATUS     keep backups whose status (creating, running, succeeded, failed,
                      expired, locked, exporting, exported, deleted, unknown) or
                      provider status is STATUS
  --databases a,b     back up only these databases (products that support it)
  --name NAME         backup name, remark or description
  --wait              wait for the created backup to finish
  --network N         external (default) or internal (only inside the cloud&apos;s network)
  --dir DIR           download into DIR (default: the current directory)
  --overwrite         replace an existing file instead of choosing a numbered name

Credentials (without --account or --sandbox), as the vendors&apos; SDKs take them:
  Tencent: TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY, TENCENTCLOUD_SESSION_TOKEN,
           else [default] in ~/.tencentcloud/credentials
  Alibaba: ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET,
           ALIBABA_CLOUD_SECURITY_TOKEN, else ~/.aliyun/config.json
           (profile from ALIBABA_CLOUD_PROFILE)
  Secrets are never accepted as command-line arguments.

Output: --format json prints an array of records (show: one object) with the keys
  id product instance name status status_raw kind trigger method start end expire
  size_bytes databases internal_url external_url checksum files extra
  (instances: id name product region status status_raw engine extra); null when
  unknown; times ISO-8601 UTC. csv has the same columns (nested values as JSON text).

Exit codes:
  0 success, 1 usage error, 2 the provider answered with an error, 3 network or TLS
  failure, 4 download verification failed, 5 credentials missing or rejected,
  130 interrupted (a download leaves a resumable .part; run it again to resume)

Examples:
  backup-browser-cli --sandbox instances --product tencent-sqlserver
  backup-browser-cli backups --product alibaba-rds --instance rm-xxxx --since 7d --format csv
  backup-browser-cli download --product tencent-sqlserver --instance mssql-xxxx --backup 1234
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bb::KeychainCredentialStore</name>
    <message>
        <source>No keychain is available (%1). Secrets are kept for this session only and will have to be entered again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Secret Service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bb::KeychainSequence</name>
    <message>
        <source>The keychain refused access to the credentials of account %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bb::OutputFormatter</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRIGGER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>START</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>END</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATABASES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENGINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLOUD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bb::PartSidecar</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bb::ProductRegistry</name>
    <message>
        <source>Tencent Cloud SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud ApsaraDB RDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud EMR Serverless StarRocks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bb::ProviderError</name>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bb::RdsParser</name>
    <message>
        <source>Snapshot backups have no download file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed, so there is no file to download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDS returned no download URL for this backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DescribeBackups answered without a list at Items.Backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DescribeDBInstances answered without a list at Items.DBInstance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DescribeBackupTasks answered without a list at Items.BackupJob.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bb::RedisParser</name>
    <message>
        <source>An instance in the answer has no InstanceId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup in the answer has no BackupId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup has expired or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no BackupId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no download address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has implausibly many files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no usable TaskId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task status &quot;%1&quot; is not one the API documents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bb::ServiceReply</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bb::SqlServerParser</name>
    <message>
        <source>An instance in the answer has no InstanceId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed, so there is no file to download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is still being created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup in the answer is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup in the answer has no Id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no usable FlowId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no Status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bb::StarRocksParser</name>
    <message>
        <source>StarRocks backups have no download URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DescribeBackups answered without a list at Data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DescribeInstances answered without a list at Data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bb::TencentJson</name>
    <message>
        <source>The answer&apos;s TotalCount &quot;%1&quot; is not a plausible count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has %1 rows in one page, more than the API ever returns (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no list &quot;%1&quot; (or it is not a list).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
