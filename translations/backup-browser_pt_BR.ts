<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>BackupActions</name>
    <message>
        <source>Select a backup to download.</source>
        <translation>Selecione um backup para baixar.</translation>
    </message>
    <message>
        <source>Connecting to the product…</source>
        <translation>Conectando ao produto…</translation>
    </message>
    <message>
        <source>This product offers no backup downloads.</source>
        <translation>Este produto não oferece download de backups.</translation>
    </message>
    <message>
        <source>The backup is still running.</source>
        <translation>O backup ainda está em andamento.</translation>
    </message>
    <message>
        <source>The backup failed; there is nothing to download.</source>
        <translation>O backup falhou; não há nada para baixar.</translation>
    </message>
    <message>
        <source>The backup has expired or was deleted.</source>
        <translation>O backup expirou ou foi excluído.</translation>
    </message>
    <message>
        <source>The backup is locked.</source>
        <translation>O backup está bloqueado.</translation>
    </message>
    <message>
        <source>Select a backup to delete.</source>
        <translation>Selecione um backup para excluir.</translation>
    </message>
    <message>
        <source>This product does not allow deleting backups through its API.</source>
        <translation>Este produto não permite excluir backups pela API.</translation>
    </message>
    <message>
        <source>Select an instance to back up.</source>
        <translation>Selecione uma instância para fazer backup.</translation>
    </message>
    <message>
        <source>This product has no on-demand backups.</source>
        <translation>Este produto não tem backups sob demanda.</translation>
    </message>
</context>
<context>
    <name>CreateBackupOptions</name>
    <message>
        <source>This product has no on-demand backups; its backups follow the instance's backup policy.</source>
        <translation>Este produto não tem backups sob demanda; os backups seguem a política de backup da instância.</translation>
    </message>
    <message>
        <source>Backup name</source>
        <translation>Nome do backup</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Select an instance to back up.</source>
        <translation>Selecione uma instância para fazer backup.</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>%1 tem mais de %2 caracteres.</translation>
    </message>
    <message>
        <source>Unknown backup method %1.</source>
        <translation>Método de backup desconhecido: %1.</translation>
    </message>
    <message>
        <source>Keep the backup between %1 and %2 days.</source>
        <translation>Mantenha o backup entre %1 e %2 dias.</translation>
    </message>
    <message>
        <source>This product cannot keep a backup until the instance is removed.</source>
        <translation>Este produto não pode manter um backup até a instância ser removida.</translation>
    </message>
</context>
<context>
    <name>bb</name>
    <message>
        <source>TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY must both be set.</source>
        <translation>TENCENTCLOUD_SECRET_ID e TENCENTCLOUD_SECRET_KEY precisam estar definidas.</translation>
    </message>
    <message>
        <source>Section [%1] of %2 has no secret_id/secret_key.</source>
        <translation>A seção [%1] de %2 não tem secret_id/secret_key.</translation>
    </message>
    <message>
        <source>%1 has no secretId/secretKey.</source>
        <translation>%1 não tem secretId/secretKey.</translation>
    </message>
    <message>
        <source>ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET must both be set.</source>
        <translation>ALIBABA_CLOUD_ACCESS_KEY_ID e ALIBABA_CLOUD_ACCESS_KEY_SECRET precisam estar definidas.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 não é um JSON válido: %2</translation>
    </message>
    <message>
        <source>Profile "%1" of %2 uses mode %3, which Backup Browser cannot use; use AK or StsToken.</source>
        <translation>O perfil "%1" de %2 usa o modo %3, que o Backup Browser não suporta; use AK ou StsToken.</translation>
    </message>
    <message>
        <source>Profile "%1" of %2 has no access key.</source>
        <translation>O perfil "%1" de %2 não tem chave de acesso.</translation>
    </message>
</context>
<context>
    <name>bb::AboutDialog</name>
    <message>
        <source>About Backup Browser</source>
        <translation>Sobre o Backup Browser</translation>
    </message>
    <message>
        <source>Backup Browser</source>
        <translation>Backup Browser</translation>
    </message>
    <message>
        <source>Browse, create, check and download database backups on Tencent Cloud (SQL Server, Redis) and Alibaba Cloud (ApsaraDB RDS, EMR Serverless StarRocks).</source>
        <translation>Navegue, crie, verifique e baixe backups de bancos de dados na Tencent Cloud (SQL Server, Redis) e na Alibaba Cloud (ApsaraDB RDS, EMR Serverless StarRocks).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the version information for a bug report</source>
        <translation>Copiar as informações de versão para um relatório de erro</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>System: %1 (%2)</source>
        <translation>Sistema: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>bb::AccountController</name>
    <message>
        <source>Give the account a name.</source>
        <translation>Dê um nome à conta.</translation>
    </message>
    <message>
        <source>Another account is already called %1.</source>
        <translation>Outra conta já se chama %1.</translation>
    </message>
    <message>
        <source>Choose at least one product.</source>
        <translation>Escolha pelo menos um produto.</translation>
    </message>
    <message>
        <source>%1 is not a product of this cloud.</source>
        <translation>%1 não é um produto desta nuvem.</translation>
    </message>
    <message>
        <source>The endpoint override must look like https://host[:port].</source>
        <translation>A substituição de endpoint deve ter a forma https://host[:porta].</translation>
    </message>
    <message>
        <source>Enter both the SecretId and the SecretKey.</source>
        <translation>Informe o SecretId e o SecretKey.</translation>
    </message>
    <message>
        <source>Enter both the AccessKey ID and the AccessKey secret.</source>
        <translation>Informe o AccessKey ID e o AccessKey secret.</translation>
    </message>
    <message>
        <source>No keys entered, and none found in the environment or the vendors' files.</source>
        <translation>Nenhuma chave informada, e nenhuma encontrada no ambiente ou nos arquivos dos fornecedores.</translation>
    </message>
    <message>
        <source>No region to test in.</source>
        <translation>Nenhuma região para testar.</translation>
    </message>
    <message>
        <source>Unknown product %1.</source>
        <translation>Produto desconhecido: %1.</translation>
    </message>
    <message>
        <source>The keys were refused.</source>
        <translation>As chaves foram recusadas.</translation>
    </message>
    <message>
        <source>The service could not be reached.</source>
        <translation>O serviço não pôde ser alcançado.</translation>
    </message>
    <message>
        <source>The call failed.</source>
        <translation>A chamada falhou.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n instance(s) in %1 (%2 ms).</source>
        <translation><numerusform>Conectado: %n instância em %1 (%2 ms).</numerusform><numerusform>Conectado: %n instâncias em %1 (%2 ms).</numerusform></translation>
    </message>
</context>
<context>
    <name>bb::AccountDialog</name>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Editar conta</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Adicionar conta</translation>
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
        <translation>ex.: Produção</translation>
    </message>
    <message>
        <source>Only for temporary (STS) credentials</source>
        <translation>Somente para credenciais temporárias (STS)</translation>
    </message>
    <message>
        <source>All regions the product offers</source>
        <translation>Todas as regiões que o produto oferece</translation>
    </message>
    <message>
        <source>Region IDs separated by commas, e.g. ap-guangzhou, ap-singapore</source>
        <translation>IDs de região separados por vírgulas, ex.: ap-guangzhou, ap-singapore</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Internacional</translation>
    </message>
    <message>
        <source>Mainland China</source>
        <translation>China continental</translation>
    </message>
    <message>
        <source>Optional, e.g. https://proxy.example.com:8443</source>
        <translation>Opcional, ex.: https://proxy.example.com:8443</translation>
    </message>
    <message>
        <source>External (Internet)</source>
        <translation>Externa (Internet)</translation>
    </message>
    <message>
        <source>Internal (same-region VPC)</source>
        <translation>Interna (VPC da mesma região)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Use keys from environment variables or the vendors' command-line tools</source>
        <translation>Usar chaves de variáveis de ambiente ou das ferramentas de linha de comando dos fornecedores</translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation>Nuvem:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Products:</source>
        <translation>Produtos:</translation>
    </message>
    <message>
        <source>Security token:</source>
        <translation>Token de segurança:</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Regiões:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <source>Endpoint override:</source>
        <translation>Substituição de endpoint:</translation>
    </message>
    <message>
        <source>Download network:</source>
        <translation>Rede de download:</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain, never in settings files.</source>
        <translation>As chaves ficam no chaveiro do sistema, nunca em arquivos de configuração.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Keys will be kept for this session only.</source>
        <translation>Nenhum chaveiro disponível (%1). As chaves serão mantidas apenas nesta sessão.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Remover conta</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <source>Saved. The keys are kept for this session only.</source>
        <translation>Salvo. As chaves serão mantidas apenas nesta sessão.</translation>
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
        <source>Nothing found in the environment or the vendors' files</source>
        <translation>Nada encontrado no ambiente ou nos arquivos dos fornecedores</translation>
    </message>
    <message>
        <source>Those keys belong to the other cloud.</source>
        <translation>Essas chaves pertencem à outra nuvem.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>Importado de %1.</translation>
    </message>
</context>
<context>
    <name>bb::AccountStore</name>
    <message>
        <source>The built-in sandbox accounts are not saved.</source>
        <translation>As contas de sandbox integradas não são salvas.</translation>
    </message>
    <message>
        <source>The account has no id.</source>
        <translation>A conta não tem id.</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>A conta precisa de um nome.</translation>
    </message>
    <message>
        <source>An account named "%1" already exists.</source>
        <translation>Já existe uma conta chamada "%1".</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Cannot write the accounts file %1.</source>
        <translation>Não foi possível gravar o arquivo de contas %1.</translation>
    </message>
</context>
<context>
    <name>bb::Acs3Protocol</name>
    <message>
        <source>The answer is not a JSON object (%1)</source>
        <translation>A resposta não é um objeto JSON (%1)</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>tipo incorreto</translation>
    </message>
    <message>
        <source>The API answered HTTP %1</source>
        <translation>A API respondeu HTTP %1</translation>
    </message>
    <message>
        <source>The API reported a failure without a message (HTTP %1)</source>
        <translation>A API relatou uma falha sem mensagem (HTTP %1)</translation>
    </message>
    <message>
        <source>See %1</source>
        <translation>Veja %1</translation>
    </message>
    <message>
        <source>%1 See %2</source>
        <translation>%1 Veja %2</translation>
    </message>
    <message>
        <source>Alibaba Cloud is rate-limiting this account; the call was retried with backoff.</source>
        <translation>A Alibaba Cloud está limitando a taxa desta conta; a chamada foi repetida com espera.</translation>
    </message>
    <message>
        <source>The signature did not match: the AccessKey secret is wrong, or the request was altered on the way.</source>
        <translation>A assinatura não confere: o AccessKey secret está errado, ou a requisição foi alterada no caminho.</translation>
    </message>
    <message>
        <source>Your clock is more than 15 minutes off; correct the system time and try again.</source>
        <translation>Seu relógio está mais de 15 minutos fora; corrija a hora do sistema e tente novamente.</translation>
    </message>
    <message>
        <source>The server saw this request's nonce before (a replayed request).</source>
        <translation>O servidor já viu o nonce desta requisição (requisição repetida).</translation>
    </message>
    <message>
        <source>The AccessKey is disabled; enable it or use another one.</source>
        <translation>O AccessKey está desativado; ative-o ou use outro.</translation>
    </message>
    <message>
        <source>The AccessKey ID does not exist (look for typos and stray spaces).</source>
        <translation>O AccessKey ID não existe (verifique erros de digitação e espaços a mais).</translation>
    </message>
    <message>
        <source>The STS security token is missing, expired, malformed or belongs to another key; get new temporary credentials.</source>
        <translation>O token de segurança STS está ausente, expirado, malformado ou pertence a outra chave; obtenha novas credenciais temporárias.</translation>
    </message>
    <message>
        <source>The key lacks the RAM permission for this action.</source>
        <translation>A chave não tem a permissão RAM para esta ação.</translation>
    </message>
    <message>
        <source>The key lacks the RAM permission for %1.</source>
        <translation>A chave não tem a permissão RAM para %1.</translation>
    </message>
</context>
<context>
    <name>bb::AlibabaRdsService</name>
    <message>
        <source>RDS creates backups only while the instance is Running.</source>
        <translation>O RDS só cria backups enquanto a instância está em execução.</translation>
    </message>
    <message>
        <source>Another backup of this instance is still in progress; wait for it to finish.</source>
        <translation>Outro backup desta instância ainda está em andamento; aguarde a conclusão.</translation>
    </message>
    <message>
        <source>RDS allows at most 20 backups per instance per day.</source>
        <translation>O RDS permite no máximo 20 backups por instância por dia.</translation>
    </message>
    <message>
        <source>The instance does not exist in this region, or it was released.</source>
        <translation>A instância não existe nesta região, ou foi liberada.</translation>
    </message>
    <message>
        <source>RDS wants UTC times written as yyyy-MM-ddTHH:mmZ.</source>
        <translation>O RDS exige horários UTC no formato yyyy-MM-ddTHH:mmZ.</translation>
    </message>
    <message>
        <source>RDS accepts page sizes of 30, 50 and 100 only.</source>
        <translation>O RDS aceita apenas tamanhos de página 30, 50 e 100.</translation>
    </message>
    <message>
        <source>RDS lists instances per region; choose a region.</source>
        <translation>O RDS lista instâncias por região; escolha uma região.</translation>
    </message>
    <message>
        <source>The listing was cancelled.</source>
        <translation>A listagem foi cancelada.</translation>
    </message>
    <message>
        <source>Backup %1 is no longer listed; it may have expired or been deleted.</source>
        <translation>O backup %1 não está mais listado; pode ter expirado ou sido excluído.</translation>
    </message>
    <message>
        <source>RDS returned no download URL for this backup.</source>
        <translation>O RDS não retornou URL de download para este backup.</translation>
    </message>
    <message>
        <source>Choose the instance to back up.</source>
        <translation>Escolha a instância para fazer backup.</translation>
    </message>
    <message>
        <source>CreateBackup answered without a BackupJobId.</source>
        <translation>CreateBackup respondeu sem BackupJobId.</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>Aguardando início</translation>
    </message>
    <message>
        <source>The account was closed while the backup was being tracked.</source>
        <translation>A conta foi fechada enquanto o backup era acompanhado.</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Finalizando</translation>
    </message>
    <message>
        <source>Backup job %1 failed (%2).</source>
        <translation>A tarefa de backup %1 falhou (%2).</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Fazendo backup</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Backup job %1 finished, but its backup is not listed yet.</source>
        <translation>A tarefa de backup %1 terminou, mas o backup ainda não está listado.</translation>
    </message>
</context>
<context>
    <name>bb::ApiCall</name>
    <message>
        <source>The answer is larger than %1 bytes, the limit for an API response</source>
        <translation>A resposta é maior que %1 bytes, o limite para uma resposta da API</translation>
    </message>
    <message numerus="yes">
        <source>The request timed out after %n s</source>
        <translation><numerusform>A requisição expirou após %n s</numerusform><numerusform>A requisição expirou após %n s</numerusform></translation>
    </message>
    <message>
        <source>The secure connection failed (%1). The server's certificate is not trusted, so nothing was sent.</source>
        <translation>A conexão segura falhou (%1). O certificado do servidor não é confiável, então nada foi enviado.</translation>
    </message>
    <message>
        <source>Check the endpoint, or trust that server's certificate explicitly in the account settings.</source>
        <translation>Verifique o endpoint, ou confie explicitamente no certificado desse servidor nas configurações da conta.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>bb::AppContext</name>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>O sandbox integrado não pôde iniciar: %1</translation>
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
        <translation>Credenciais do ambiente</translation>
    </message>
    <message>
        <source>Unknown product "%1".</source>
        <translation>Produto desconhecido "%1".</translation>
    </message>
    <message>
        <source>Account "%1" has no stored credentials, and none were found in the environment: %2</source>
        <translation>A conta "%1" não tem credenciais salvas, e nenhuma foi encontrada no ambiente: %2</translation>
    </message>
    <message>
        <source>This build cannot open %1 yet.</source>
        <translation>Esta versão ainda não consegue abrir %1.</translation>
    </message>
</context>
<context>
    <name>bb::BackupDetailPane</name>
    <message>
        <source>Select a backup to see its details.</source>
        <translation>Selecione um backup para ver os detalhes.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <source>Provider fields</source>
        <translation>Campos do provedor</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Provider status: %1</source>
        <translation>Status do provedor: %1</translation>
    </message>
    <message>
        <source>Backup ID</source>
        <translation>ID do backup</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instância</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Disparo</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Bancos de dados</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Checksum</translation>
    </message>
    <message>
        <source>External URL</source>
        <translation>URL externa</translation>
    </message>
    <message>
        <source>Internal URL</source>
        <translation>URL interna</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
</context>
<context>
    <name>bb::BackupFinder</name>
    <message>
        <source>instance %1 has no backup %2 in the window searched</source>
        <translation>a instância %1 não tem o backup %2 no período pesquisado</translation>
    </message>
</context>
<context>
    <name>bb::BackupService</name>
    <message>
        <source>The product %1 does not offer this operation.</source>
        <translation>O produto %1 não oferece esta operação.</translation>
    </message>
</context>
<context>
    <name>bb::BackupTableModel</name>
    <message>
        <source>Provider status: %1</source>
        <translation>Status do provedor: %1</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Tamanho (bytes)</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Início (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>Fim (UTC)</translation>
    </message>
    <message>
        <source>Expires (UTC)</source>
        <translation>Expira (UTC)</translation>
    </message>
    <message>
        <source>Duration (seconds)</source>
        <translation>Duração (segundos)</translation>
    </message>
    <message>
        <source>Backup ID</source>
        <translation>ID do backup</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instância</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Disparo</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Bancos de dados</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Checksum</translation>
    </message>
</context>
<context>
    <name>bb::BackupTablePane</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Filter by ID, name, database or status (Ctrl+F)</source>
        <translation>Filtrar por ID, nome, banco de dados ou status (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Qualquer data</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Período personalizado</translation>
    </message>
    <message>
        <source>Backups that started on or after this day (local time)</source>
        <translation>Backups iniciados neste dia ou depois (hora local)</translation>
    </message>
    <message>
        <source>Backups that started on or before this day (local time)</source>
        <translation>Backups iniciados neste dia ou antes (hora local)</translation>
    </message>
    <message>
        <source>Backup &amp;ID</source>
        <translation>&amp;ID do backup</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>Download &amp;URLs</source>
        <translation>&amp;URLs de download</translation>
    </message>
    <message>
        <source>Whole &amp;row</source>
        <translation>Linha &amp;inteira</translation>
    </message>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation><numerusform>%n status</numerusform><numerusform>%n status</numerusform></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
</context>
<context>
    <name>bb::BrowserController</name>
    <message numerus="yes">
        <source>%n backup(s) loaded</source>
        <translation><numerusform>%n backup carregado</numerusform><numerusform>%n backups carregados</numerusform></translation>
    </message>
    <message>
        <source>Backup %1 of %2 finished</source>
        <translation>O backup %1 de %2 terminou</translation>
    </message>
    <message>
        <source>The account no longer exists</source>
        <translation>A conta não existe mais</translation>
    </message>
    <message>
        <source>Select an instance of %1 first.</source>
        <translation>Selecione primeiro uma instância de %1.</translation>
    </message>
    <message>
        <source>Creating a backup of %1…</source>
        <translation>Criando um backup de %1…</translation>
    </message>
    <message>
        <source>%1 backups cannot be deleted from here.</source>
        <translation>Backups de %1 não podem ser excluídos por aqui.</translation>
    </message>
    <message>
        <source>Backup %1 deleted</source>
        <translation>Backup %1 excluído</translation>
    </message>
    <message>
        <source>Cannot create the download folder %1.</source>
        <translation>Não foi possível criar a pasta de downloads %1.</translation>
    </message>
    <message>
        <source>Backup %1 has no files to download.</source>
        <translation>O backup %1 não tem arquivos para baixar.</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) queued</source>
        <translation><numerusform>%n download na fila</numerusform><numerusform>%n downloads na fila</numerusform></translation>
    </message>
    <message>
        <source>An export to %1 is still running.</source>
        <translation>Uma exportação para %1 ainda está em andamento.</translation>
    </message>
    <message>
        <source>%1. It was kept as %2; the download queue starts empty.</source>
        <translation>%1. Ele foi mantido como %2; a fila de downloads começa vazia.</translation>
    </message>
    <message>
        <source>%1. The download queue will not be saved in this session.</source>
        <translation>%1. A fila de downloads não será salva nesta sessão.</translation>
    </message>
    <message>
        <source>The account of this download no longer exists.</source>
        <translation>A conta deste download não existe mais.</translation>
    </message>
</context>
<context>
    <name>bb::CliCommand</name>
    <message>
        <source>cannot write the output: %1</source>
        <translation>não foi possível gravar a saída: %1</translation>
    </message>
</context>
<context>
    <name>bb::CliOutput</name>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>não foi possível gravar na saída padrão: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>bb::CliParser</name>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>argumento inesperado '%1'</translation>
    </message>
    <message>
        <source>%1: secrets are never accepted on the command line (they would show in ps and in shell history). Use --account NAME (keys in the OS keychain), the TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY or ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET environment variables, or the vendors' credential files.</source>
        <translation>%1: segredos nunca são aceitos na linha de comando (apareceriam no ps e no histórico do shell). Use --account NOME (chaves no chaveiro do sistema), as variáveis de ambiente TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY ou ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET, ou os arquivos de credenciais dos fornecedores.</translation>
    </message>
    <message>
        <source>unknown option '%1'</source>
        <translation>opção desconhecida '%1'</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>a opção %1 precisa de um valor</translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation>a opção %1 não aceita valor</translation>
    </message>
    <message>
        <source>no command given (one of: %1); see --help</source>
        <translation>nenhum comando informado (um de: %1); veja --help</translation>
    </message>
    <message>
        <source>unknown command '%1' (one of: %2)</source>
        <translation>comando desconhecido '%1' (um de: %2)</translation>
    </message>
    <message>
        <source>option %1 does not apply to '%2'</source>
        <translation>a opção %1 não se aplica a '%2'</translation>
    </message>
    <message>
        <source>option %1 needs a non-empty value</source>
        <translation>a opção %1 precisa de um valor não vazio</translation>
    </message>
    <message>
        <source>--endpoint needs an http:// or https:// URL with a host, not '%1'</source>
        <translation>--endpoint precisa de uma URL http:// ou https:// com host, não '%1'</translation>
    </message>
    <message>
        <source>--endpoint must not carry a user name or password</source>
        <translation>--endpoint não pode conter usuário ou senha</translation>
    </message>
    <message>
        <source>--endpoint takes only a scheme, host and port, not '%1'</source>
        <translation>--endpoint aceita apenas esquema, host e porta, não '%1'</translation>
    </message>
    <message>
        <source>--region: '%1' is not a region id (e.g. ap-guangzhou, cn-hangzhou)</source>
        <translation>--region: '%1' não é um id de região (ex.: ap-guangzhou, cn-hangzhou)</translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not '%1'</source>
        <translation>--format deve ser table, csv ou json, não '%1'</translation>
    </message>
    <message>
        <source>unknown product '%1' (one of: %2)</source>
        <translation>produto desconhecido '%1' (um de: %2)</translation>
    </message>
    <message>
        <source>%1: '%2' is not a time (use 2025-01-31, 2025-01-31T08:00:00Z, 7d or 24h)</source>
        <translation>%1: '%2' não é um horário (use 2025-01-31, 2025-01-31T08:00:00Z, 7d ou 24h)</translation>
    </message>
    <message>
        <source>--network must be internal or external, not '%1'</source>
        <translation>--network deve ser internal ou external, não '%1'</translation>
    </message>
    <message>
        <source>--quiet and --verbose exclude each other</source>
        <translation>--quiet e --verbose são mutuamente exclusivas</translation>
    </message>
    <message>
        <source>--sandbox and --account exclude each other</source>
        <translation>--sandbox e --account são mutuamente exclusivas</translation>
    </message>
    <message>
        <source>'%1' needs --product</source>
        <translation>'%1' precisa de --product</translation>
    </message>
    <message>
        <source>'%1' needs --instance</source>
        <translation>'%1' precisa de --instance</translation>
    </message>
    <message>
        <source>'%1' needs --backup</source>
        <translation>'%1' precisa de --backup</translation>
    </message>
    <message>
        <source>--since is later than --until</source>
        <translation>--since é posterior a --until</translation>
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
                        [--keep-until-instance-removed]
  download            download a backup's file(s), verified; prints the final path(s)
                        --product P --instance ID --backup ID
                        [--network internal|external] [--dir DIR] [--overwrite]

Global options:
  --sandbox           start the built-in sandbox in-process and use it for every call
  --account NAME      a saved account (secrets from the OS keychain)
  --endpoint URL      override the API endpoint: scheme, host and port
  --region REGION     region for the call (default: the account's, else the product's)
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
                      backups without --since/--until: the last 7 days. show and
                      download search this window for the backup (default: 90 days).
  --status STATUS     keep backups whose status (creating, running, succeeded, failed,
                      expired, locked, exporting, exported, deleted, unknown) or
                      provider status is STATUS
  --databases a,b     back up only these databases (products that support it)
  --name NAME         backup name, remark or description
  --wait              wait for the created backup to finish
  --keep-until-instance-removed
                      keep the backup until the instance is removed instead of
                      following the retention policy (tencent-sqlserver only)
  --network N         external (default) or internal (only inside the cloud's network)
  --dir DIR           download into DIR (default: the current directory)
  --overwrite         replace an existing file instead of choosing a numbered name

Credentials (without --account or --sandbox), as the vendors' SDKs take them:
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
  6 a local file could not be written, 130 interrupted (a download leaves a
  resumable .part; run the same command again to resume)

Examples:
  backup-browser-cli --sandbox instances --product tencent-sqlserver
  backup-browser-cli backups --product alibaba-rds --instance rm-xxxx --since 7d --format csv
  backup-browser-cli download --product tencent-sqlserver --instance mssql-xxxx --backup 1234
</source>
        <translation>Uso: backup-browser-cli [opções globais] &lt;comando&gt; [opções]

Navegue, crie e baixe backups de bancos de dados na Tencent Cloud e na Alibaba Cloud.

Comandos:
  products            lista os produtos atendidos por esta ferramenta
  instances           lista as instâncias de um produto
                        --product P
  backups             lista os backups de uma instância
                        --product P --instance ID [--since TIME] [--until TIME]
                        [--status STATUS]
  show                exibe um backup
                        --product P --instance ID --backup ID
  create              inicia um backup; com --wait, acompanha até o fim e exibe
                      o resultado
                        --product P --instance ID [--databases a,b] [--name NAME] [--wait]
                        [--keep-until-instance-removed]
  download            baixa o(s) arquivo(s) de um backup, com verificação; exibe o(s)
                      caminho(s) final(is)
                        --product P --instance ID --backup ID
                        [--network internal|external] [--dir DIR] [--overwrite]

Opções globais:
  --sandbox           inicia o sandbox integrado no próprio processo e o usa em
                      todas as chamadas
  --account NAME      uma conta salva (segredos vêm do chaveiro do sistema)
  --endpoint URL      substitui o endpoint da API: esquema, host e porta
  --region REGION     região da chamada (padrão: a da conta, senão a do produto)
  --format table|csv|json
                      formato de saída (padrão: table)
  --output FILE       grava a saída em FILE (de forma atômica) em vez da stdout
  --quiet             menos mensagens na stderr
  --verbose           uma linha na stderr por requisição à API: ação, status,
                      RequestId, duração, URL (query strings assinadas mascaradas)
  --version           exibe a versão e sai
  --help, -h          exibe esta ajuda e sai

Opções de comando:
  --product P         tencent-sqlserver, tencent-redis, alibaba-rds, alibaba-starrocks
  --instance ID       o id da instância, ex.: mssql-1a2b3c4d, crs-xxxxxxxx, rm-xxxxxxxx
  --backup ID         o id do backup como o provedor o exibe
  --since TIME        lista backups iniciados em TIME ou depois
  --until TIME        lista backups iniciados antes de TIME
                      TIME: 2025-01-31 (meia-noite UTC), 2025-01-31T08:00:00Z (sem
                      fuso significa UTC) ou uma idade: 30m, 24h, 7d, 2w.
                      backups sem --since/--until: os últimos 7 dias. show e
                      download procuram o backup nesse intervalo (padrão: 90 dias).
  --status STATUS     mantém os backups cujo status (creating, running, succeeded, failed,
                      expired, locked, exporting, exported, deleted, unknown) ou
                      status do provedor é STATUS
  --databases a,b     faz backup apenas destes bancos de dados (produtos que suportam)
  --name NAME         nome, observação ou descrição do backup
  --wait              aguarda o backup criado terminar
  --keep-until-instance-removed
                      mantém o backup até a instância ser removida, em vez de
                      seguir a política de retenção (apenas tencent-sqlserver)
  --network N         external (padrão) ou internal (somente dentro da rede da nuvem)
  --dir DIR           baixa para DIR (padrão: o diretório atual)
  --overwrite         substitui um arquivo existente em vez de escolher um nome numerado

Credenciais (sem --account ou --sandbox), como os SDKs dos fornecedores as leem:
  Tencent: TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY, TENCENTCLOUD_SESSION_TOKEN,
           senão [default] em ~/.tencentcloud/credentials
  Alibaba: ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET,
           ALIBABA_CLOUD_SECURITY_TOKEN, senão ~/.aliyun/config.json
           (perfil de ALIBABA_CLOUD_PROFILE)
  Segredos nunca são aceitos como argumentos de linha de comando.

Saída: --format json exibe um array de registros (show: um objeto) com as chaves
  id product instance name status status_raw kind trigger method start end expire
  size_bytes databases internal_url external_url checksum files extra
  (instances: id name product region status status_raw engine extra); null quando
  desconhecido; horários em ISO-8601 UTC. csv tem as mesmas colunas (valores
  aninhados como texto JSON).

Códigos de saída:
  0 sucesso, 1 erro de uso, 2 o provedor respondeu com um erro, 3 falha de rede ou
  TLS, 4 falha na verificação do download, 5 credenciais ausentes ou rejeitadas,
  6 não foi possível gravar um arquivo local, 130 interrompido (um download deixa
  um .part retomável; execute o mesmo comando novamente para retomar)

Exemplos:
  backup-browser-cli --sandbox instances --product tencent-sqlserver
  backup-browser-cli backups --product alibaba-rds --instance rm-xxxx --since 7d --format csv
  backup-browser-cli download --product tencent-sqlserver --instance mssql-xxxx --backup 1234
</translation>
    </message>
</context>
<context>
    <name>bb::CliRunner</name>
    <message>
        <source>cannot start the sandbox: %1</source>
        <translation>não foi possível iniciar o sandbox: %1</translation>
    </message>
    <message>
        <source>sandbox listening on %1 and %2</source>
        <translation>sandbox escutando em %1 e %2</translation>
    </message>
    <message>
        <source>no saved account named '%1'</source>
        <translation>nenhuma conta salva chamada '%1'</translation>
    </message>
    <message>
        <source>account '%1' is a %2 account; %3 needs a %4 one</source>
        <translation>a conta '%1' é uma conta %2; %3 precisa de uma conta %4</translation>
    </message>
</context>
<context>
    <name>bb::CreateBackupDialog</name>
    <message>
        <source>Create backup</source>
        <translation>Criar backup</translation>
    </message>
    <message>
        <source>Back up %1 (%2, %3)</source>
        <translation>Fazer backup de %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Leave empty to back up the whole instance</source>
        <translation>Deixe vazio para fazer backup da instância inteira</translation>
    </message>
    <message>
        <source>Database names separated by commas, spaces or new lines</source>
        <translation>Nomes de bancos de dados separados por vírgulas, espaços ou quebras de linha</translation>
    </message>
    <message>
        <source>Databases:</source>
        <translation>Bancos de dados:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Método:</translation>
    </message>
    <message>
        <source>Instance default</source>
        <translation>Padrão da instância</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>How long to keep the backup; more than 7 days may need a ticket with Tencent Cloud</source>
        <translation>Por quanto tempo manter o backup; mais de 7 dias pode exigir um chamado na Tencent Cloud</translation>
    </message>
    <message>
        <source>Keep for:</source>
        <translation>Manter por:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Keep until the instance is removed</source>
        <translation>Manter até a instância ser removida</translation>
    </message>
    <message>
        <source>The backup is not deleted by the instance's retention policy; it stays until the instance itself is removed</source>
        <translation>O backup não é excluído pela política de retenção da instância; ele permanece até a própria instância ser removida</translation>
    </message>
</context>
<context>
    <name>bb::CreateCommand</name>
    <message>
        <source>creating backup</source>
        <translation>criando backup</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2%</translation>
    </message>
    <message>
        <source>backup %1: %2 (%3)</source>
        <translation>backup %1: %2 (%3)</translation>
    </message>
    <message>
        <source>backup %1 finished with status %2</source>
        <translation>o backup %1 terminou com status %2</translation>
    </message>
    <message>
        <source>cannot write the output</source>
        <translation>não foi possível gravar a saída</translation>
    </message>
    <message>
        <source>--keep-until-instance-removed applies to tencent-sqlserver only</source>
        <translation>--keep-until-instance-removed se aplica apenas a tencent-sqlserver</translation>
    </message>
</context>
<context>
    <name>bb::CsvExportJob</name>
    <message>
        <source>This export has already started.</source>
        <translation>Esta exportação já foi iniciada.</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>Nada para exportar.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; nothing was written.</source>
        <translation>A exportação para %1 foi cancelada; nada foi gravado.</translation>
    </message>
    <message>
        <source>The list changed during the export (it was refreshed, re-sorted or filtered, or was still loading), so nothing was written to %1. Export again.</source>
        <translation>A lista mudou durante a exportação (foi atualizada, reordenada ou filtrada, ou ainda estava carregando), então nada foi gravado em %1. Exporte novamente.</translation>
    </message>
</context>
<context>
    <name>bb::CsvWriter</name>
    <message>
        <source>The CSV output is not open for writing.</source>
        <translation>A saída CSV não está aberta para gravação.</translation>
    </message>
    <message>
        <source>Writing the CSV output failed: %1</source>
        <translation>Falha ao gravar a saída CSV: %1</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>Nada para exportar.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>The export of %1 was cancelled.</source>
        <translation>A exportação de %1 foi cancelada.</translation>
    </message>
</context>
<context>
    <name>bb::DisplayFormat</name>
    <message>
        <source>Size unknown</source>
        <translation>Tamanho desconhecido</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>UTC %1</source>
        <translation>UTC %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Criando</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirado</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluído</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>Incremental</translation>
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
        <translation>Automático</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Físico</translation>
    </message>
    <message>
        <source>Logical</source>
        <translation>Lógico</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupada</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parada</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Excluindo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
</context>
<context>
    <name>bb::Download</name>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Resolving URL</source>
        <translation>Obtendo URL</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Baixando</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>bb::DownloadCommand</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>a pasta %1 não existe</translation>
    </message>
    <message>
        <source>%1 backups cannot be downloaded%2</source>
        <translation>backups de %1 não podem ser baixados%2</translation>
    </message>
    <message>
        <source>backup %1 cannot be downloaded: %2</source>
        <translation>o backup %1 não pode ser baixado: %2</translation>
    </message>
    <message>
        <source>backup %1 lists no file to download</source>
        <translation>o backup %1 não lista nenhum arquivo para baixar</translation>
    </message>
    <message>
        <source>download of %1 failed: %2</source>
        <translation>o download de %1 falhou: %2</translation>
    </message>
    <message>
        <source>(partial file kept: run the same command again to resume)</source>
        <translation>(arquivo parcial mantido: execute o mesmo comando novamente para continuar)</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Restam %1</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>não foi possível gravar a saída: %1</translation>
    </message>
    <message>
        <source>interrupted: %1 is kept; run the same command again to resume</source>
        <translation>interrompido: %1 foi mantido; execute o mesmo comando novamente para continuar</translation>
    </message>
    <message>
        <source>interrupted: %1 is complete and gets its final name</source>
        <translation>interrompido: %1 está completo e recebe o nome final</translation>
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
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>Salvo em</translation>
    </message>
</context>
<context>
    <name>bb::DownloadManager</name>
    <message>
        <source>Cannot save the download queue to %1: %2</source>
        <translation>Não foi possível salvar a fila de downloads em %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the download queue %1</source>
        <translation>Não foi possível ler a fila de downloads %1</translation>
    </message>
</context>
<context>
    <name>bb::DownloadTask</name>
    <message>
        <source>Checking the partial file</source>
        <translation>Verificando o arquivo parcial</translation>
    </message>
    <message>
        <source>Cannot save into "%1": the folder does not exist or the name resolves outside it</source>
        <translation>Não é possível salvar em "%1": a pasta não existe ou o nome aponta para fora dela</translation>
    </message>
    <message>
        <source>"%1" already exists</source>
        <translation>"%1" já existe</translation>
    </message>
    <message>
        <source>No free file name for "%1" in "%2"</source>
        <translation>Nenhum nome de arquivo livre para "%1" em "%2"</translation>
    </message>
    <message>
        <source>Not enough free space in "%1": %2 more needed, %3 available</source>
        <translation>Espaço livre insuficiente em "%1": faltam %2, disponível %3</translation>
    </message>
    <message>
        <source>Cannot read "%1": %2</source>
        <translation>Não foi possível ler "%1": %2</translation>
    </message>
    <message>
        <source>Could not get a download URL: %1</source>
        <translation>Não foi possível obter uma URL de download: %1</translation>
    </message>
    <message>
        <source>The provider gave no internal URL for "%1"</source>
        <translation>O provedor não forneceu URL interna para "%1"</translation>
    </message>
    <message>
        <source>No internal URL; using the external URL</source>
        <translation>Sem URL interna; usando a URL externa</translation>
    </message>
    <message>
        <source>The provider gave no download URL for "%1"</source>
        <translation>O provedor não forneceu URL de download para "%1"</translation>
    </message>
    <message>
        <source>"%1" is a symbolic link; refusing to write through it</source>
        <translation>"%1" é um link simbólico; gravação por ele recusada</translation>
    </message>
    <message>
        <source>Cannot write "%1": %2</source>
        <translation>Não foi possível gravar "%1": %2</translation>
    </message>
    <message>
        <source>Cannot resize "%1": %2</source>
        <translation>Não foi possível redimensionar "%1": %2</translation>
    </message>
    <message>
        <source>The server ignored the resume request; starting over</source>
        <translation>O servidor ignorou o pedido de continuação; recomeçando</translation>
    </message>
    <message>
        <source>Cannot truncate "%1": %2</source>
        <translation>Não foi possível truncar "%1": %2</translation>
    </message>
    <message>
        <source>The server kept answering the wrong byte range</source>
        <translation>O servidor continuou respondendo o intervalo de bytes errado</translation>
    </message>
    <message>
        <source>The disk is full: "%1"</source>
        <translation>O disco está cheio: "%1"</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2</source>
        <translation>a conexão fechou após %1 de %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>TLS failure talking to %1: %2</source>
        <translation>Falha de TLS ao falar com %1: %2</translation>
    </message>
    <message>
        <source>The download link was refused even after renewing it (%1)</source>
        <translation>O link de download foi recusado mesmo após ser renovado (%1)</translation>
    </message>
    <message>
        <source>The download link expired; asking for a fresh one</source>
        <translation>O link de download expirou; pedindo um novo</translation>
    </message>
    <message>
        <source>The file host answered %1</source>
        <translation>O servidor de arquivos respondeu %1</translation>
    </message>
    <message>
        <source>The file host answered %1; starting over</source>
        <translation>O servidor de arquivos respondeu %1; recomeçando</translation>
    </message>
    <message>
        <source>The internal URL is unreachable from this network; using the external URL</source>
        <translation>A URL interna não é alcançável desta rede; usando a URL externa</translation>
    </message>
    <message>
        <source>The internal URL %1 is unreachable from this network (%2). Internal links only work inside the cloud's network; download over the external URL instead.</source>
        <translation>A URL interna %1 não é alcançável desta rede (%2). Links internos só funcionam dentro da rede da nuvem; baixe pela URL externa.</translation>
    </message>
    <message>
        <source>Gave up after %1 failed attempts (%2); the partial file is kept</source>
        <translation>Desistindo após %1 tentativas com falha (%2); o arquivo parcial foi mantido</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s</source>
        <translation>%1; tentando novamente em %2 s</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>sem dados por %1 s</translation>
    </message>
    <message>
        <source>Size mismatch: received %1 bytes, expected %2; the partial file is kept</source>
        <translation>Tamanho não confere: recebidos %1 bytes, esperados %2; o arquivo parcial foi mantido</translation>
    </message>
    <message>
        <source>Checksum mismatch: the provider lists CRC-64 %1, the file has %2; the partial file is kept</source>
        <translation>Checksum não confere: o provedor informa CRC-64 %1, o arquivo tem %2; o arquivo parcial foi mantido</translation>
    </message>
    <message>
        <source>Checksum mismatch: the file host announced CRC-64 %1, the file has %2; the partial file is kept</source>
        <translation>Checksum não confere: o servidor de arquivos anunciou CRC-64 %1, o arquivo tem %2; o arquivo parcial foi mantido</translation>
    </message>
    <message>
        <source>Cannot rename "%1" to "%2"</source>
        <translation>Não foi possível renomear "%1" para "%2"</translation>
    </message>
    <message>
        <source>Cannot replace "%1": %2</source>
        <translation>Não foi possível substituir "%1": %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>bb::DownloadsPanel</name>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume or retry</source>
        <translation>Continuar ou tentar novamente</translation>
    </message>
    <message>
        <source>Cancel and delete the partial file</source>
        <translation>Cancelar e excluir o arquivo parcial</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar na pasta</translation>
    </message>
    <message>
        <source>Clear finished and cancelled downloads</source>
        <translation>Limpar downloads concluídos e cancelados</translation>
    </message>
</context>
<context>
    <name>bb::HttpGetReply</name>
    <message>
        <source>Operation canceled</source>
        <translation>Operação cancelada</translation>
    </message>
    <message>
        <source>The server sent an oversized response header</source>
        <translation>O servidor enviou um cabeçalho de resposta grande demais</translation>
    </message>
    <message>
        <source>The server sent an invalid HTTP response</source>
        <translation>O servidor enviou uma resposta HTTP inválida</translation>
    </message>
    <message>
        <source>Error transferring %1 - server replied: %2</source>
        <translation>Erro ao transferir %1 - o servidor respondeu: %2</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Conexão encerrada</translation>
    </message>
    <message>
        <source>TLS error from %1: %2</source>
        <translation>Erro de TLS de %1: %2</translation>
    </message>
    <message>
        <source>Cannot set up TLS for %1: %2</source>
        <translation>Não foi possível configurar o TLS para %1: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erro desconhecido</translation>
    </message>
    <message>
        <source>Cannot send the request to %1: %2</source>
        <translation>Não foi possível enviar a solicitação para %1: %2</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>o servidor fechou a conexão</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>O handshake TLS com %1 falhou: %2</translation>
    </message>
</context>
<context>
    <name>bb::InstanceTreeModel</name>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Provider status: %1</source>
        <translation>Status do provedor: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
</context>
<context>
    <name>bb::KeychainCredentialStore</name>
    <message>
        <source>No keychain is available (%1). Secrets are kept for this session only and will have to be entered again next time.</source>
        <translation>Nenhum chaveiro disponível (%1). Os segredos ficam apenas nesta sessão e precisarão ser informados de novo da próxima vez.</translation>
    </message>
    <message>
        <source>no Secret Service</source>
        <translation>sem Secret Service</translation>
    </message>
    <message>
        <source>The keychain refused access to the credentials of account %1: %2</source>
        <translation>O chaveiro recusou acesso às credenciais da conta %1: %2</translation>
    </message>
</context>
<context>
    <name>bb::LogModel</name>
    <message>
        <source>no response</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instância</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
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
        <translation>Duração</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentativa</translation>
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
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Limpar o log</translation>
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
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>Downloaded %1</source>
        <translation>Baixado %1</translation>
    </message>
    <message>
        <source>Download finished</source>
        <translation>Download concluído</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>Atualização &amp;automática</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Baixar</translation>
    </message>
    <message>
        <source>Download over the &amp;internal network</source>
        <translation>Baixar pela rede &amp;interna</translation>
    </message>
    <message>
        <source>&amp;Create backup…</source>
        <translation>&amp;Criar backup…</translation>
    </message>
    <message>
        <source>De&amp;lete backup</source>
        <translation>E&amp;xcluir backup</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Adicionar conta…</translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation>&amp;Editar conta…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;About Backup Browser</source>
        <translation>&amp;Sobre o Backup Browser</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>&amp;Backup</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Download the selected backup (Ctrl+D)</source>
        <translation>Baixar o backup selecionado (Ctrl+D)</translation>
    </message>
    <message>
        <source>Download over the cloud's internal network (same region only)</source>
        <translation>Baixar pela rede interna da nuvem (somente mesma região)</translation>
    </message>
    <message>
        <source>Delete the selected backup (Del)</source>
        <translation>Excluir o backup selecionado (Del)</translation>
    </message>
    <message>
        <source>Start a backup of the selected instance (Ctrl+N)</source>
        <translation>Iniciar um backup da instância selecionada (Ctrl+N)</translation>
    </message>
    <message>
        <source>The sandbox accounts are built in</source>
        <translation>As contas de sandbox são integradas</translation>
    </message>
    <message>
        <source>Select a backup to download.</source>
        <translation>Selecione um backup para baixar.</translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 with BOM (*.csv)</source>
        <translation>CSV para Excel, UTF-8 com BOM (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation><numerusform>%n linha exportada para %1</numerusform><numerusform>%n linhas exportadas para %1</numerusform></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancelar exportação</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando para %1…</translation>
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
        <translation>TIPO</translation>
    </message>
    <message>
        <source>TRIGGER</source>
        <translation>DISPARO</translation>
    </message>
    <message>
        <source>START</source>
        <translation>INÍCIO</translation>
    </message>
    <message>
        <source>END</source>
        <translation>FIM</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMANHO</translation>
    </message>
    <message>
        <source>DATABASES</source>
        <translation>BANCOS</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGIÃO</translation>
    </message>
    <message>
        <source>ENGINE</source>
        <translation>MOTOR</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>PRODUTO</translation>
    </message>
    <message>
        <source>CLOUD</source>
        <translation>NUVEM</translation>
    </message>
</context>
<context>
    <name>bb::PagedListing</name>
    <message>
        <source>The request could not be sent.</source>
        <translation>A requisição não pôde ser enviada.</translation>
    </message>
</context>
<context>
    <name>bb::PartSidecar</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
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
        <translation>Requisição</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falhou: %2</translation>
    </message>
</context>
<context>
    <name>bb::RdsParser</name>
    <message>
        <source>Snapshot backups have no download file.</source>
        <translation>Backups de snapshot não têm arquivo para download.</translation>
    </message>
    <message>
        <source>The backup failed, so there is no file to download.</source>
        <translation>O backup falhou, então não há arquivo para baixar.</translation>
    </message>
    <message>
        <source>RDS returned no download URL for this backup.</source>
        <translation>O RDS não retornou URL de download para este backup.</translation>
    </message>
    <message>
        <source>DescribeBackups answered without a list at Items.Backup.</source>
        <translation>DescribeBackups respondeu sem lista em Items.Backup.</translation>
    </message>
    <message>
        <source>DescribeDBInstances answered without a list at Items.DBInstance.</source>
        <translation>DescribeDBInstances respondeu sem lista em Items.DBInstance.</translation>
    </message>
    <message>
        <source>DescribeBackupTasks answered without a list at Items.BackupJob.</source>
        <translation>DescribeBackupTasks respondeu sem lista em Items.BackupJob.</translation>
    </message>
</context>
<context>
    <name>bb::RedisParser</name>
    <message>
        <source>An instance in the answer has no InstanceId.</source>
        <translation>Uma instância na resposta não tem InstanceId.</translation>
    </message>
    <message>
        <source>A backup in the answer has no BackupId.</source>
        <translation>Um backup na resposta não tem BackupId.</translation>
    </message>
    <message>
        <source>The backup has expired or was deleted.</source>
        <translation>O backup expirou ou foi excluído.</translation>
    </message>
    <message>
        <source>The answer has no BackupId.</source>
        <translation>A resposta não tem BackupId.</translation>
    </message>
    <message>
        <source>The answer has no download address.</source>
        <translation>A resposta não tem endereço de download.</translation>
    </message>
    <message>
        <source>The answer has implausibly many files.</source>
        <translation>A resposta tem arquivos demais para ser plausível.</translation>
    </message>
    <message>
        <source>The answer has no usable TaskId.</source>
        <translation>A resposta não tem TaskId utilizável.</translation>
    </message>
    <message>
        <source>The task status "%1" is not one the API documents.</source>
        <translation>O status de tarefa "%1" não está documentado na API.</translation>
    </message>
</context>
<context>
    <name>bb::ServiceReply</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>bb::Settings</name>
    <message>
        <source>Cannot save the settings to %1.</source>
        <translation>Não foi possível salvar as configurações em %1.</translation>
    </message>
</context>
<context>
    <name>bb::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Ilimitado</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Pasta de downloads</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Parallel downloads:</source>
        <translation>Downloads simultâneos:</translation>
    </message>
    <message>
        <source>Bandwidth limit:</source>
        <translation>Limite de banda:</translation>
    </message>
    <message>
        <source>Download folder:</source>
        <translation>Pasta de downloads:</translation>
    </message>
    <message>
        <source>Auto-refresh every:</source>
        <translation>Atualizar automaticamente a cada:</translation>
    </message>
</context>
<context>
    <name>bb::SqlServerParser</name>
    <message>
        <source>An instance in the answer has no InstanceId.</source>
        <translation>Uma instância na resposta não tem InstanceId.</translation>
    </message>
    <message>
        <source>The backup failed, so there is no file to download.</source>
        <translation>O backup falhou, então não há arquivo para baixar.</translation>
    </message>
    <message>
        <source>The backup is still being created.</source>
        <translation>O backup ainda está sendo criado.</translation>
    </message>
    <message>
        <source>A backup in the answer is not an object.</source>
        <translation>Um backup na resposta não é um objeto.</translation>
    </message>
    <message>
        <source>A backup in the answer has no Id.</source>
        <translation>Um backup na resposta não tem Id.</translation>
    </message>
    <message>
        <source>The answer has no usable FlowId.</source>
        <translation>A resposta não tem FlowId utilizável.</translation>
    </message>
    <message>
        <source>The answer has no Status.</source>
        <translation>A resposta não tem Status.</translation>
    </message>
</context>
<context>
    <name>bb::StarRocksParser</name>
    <message>
        <source>StarRocks backups have no download URL.</source>
        <translation>Backups do StarRocks não têm URL de download.</translation>
    </message>
    <message>
        <source>DescribeBackups answered without a list at Data.</source>
        <translation>DescribeBackups respondeu sem lista em Data.</translation>
    </message>
    <message>
        <source>DescribeInstances answered without a list at Data.</source>
        <translation>DescribeInstances respondeu sem lista em Data.</translation>
    </message>
</context>
<context>
    <name>bb::StarRocksService</name>
    <message>
        <source>EMR Serverless StarRocks creates backups only from backup policies; it has no on-demand backup API.</source>
        <translation>O EMR Serverless StarRocks cria backups apenas a partir de políticas de backup; não há API de backup sob demanda.</translation>
    </message>
    <message>
        <source>StarRocks backups have no download URL.</source>
        <translation>Backups do StarRocks não têm URL de download.</translation>
    </message>
    <message>
        <source>Backup %1 is no longer listed; it may have expired or been deleted.</source>
        <translation>O backup %1 não está mais listado; pode ter expirado ou sido excluído.</translation>
    </message>
</context>
<context>
    <name>bb::Tc3Protocol</name>
    <message>
        <source>Too many requests (HTTP 429)</source>
        <translation>Requisições demais (HTTP 429)</translation>
    </message>
    <message>
        <source>The API answered HTTP %1 instead of 200</source>
        <translation>A API respondeu HTTP %1 em vez de 200</translation>
    </message>
    <message>
        <source>The answer is not valid JSON (%1)</source>
        <translation>A resposta não é um JSON válido (%1)</translation>
    </message>
    <message>
        <source>The answer has no "Response" object</source>
        <translation>A resposta não tem objeto "Response"</translation>
    </message>
    <message>
        <source>The answer's "Error" is not an object</source>
        <translation>O "Error" da resposta não é um objeto</translation>
    </message>
    <message>
        <source>Tencent Cloud is rate-limiting this account; the call was retried with backoff.</source>
        <translation>A Tencent Cloud está limitando a taxa desta conta; a chamada foi repetida com espera.</translation>
    </message>
    <message>
        <source>The signature did not match: the SecretKey is wrong, or the request was altered on the way (a proxy rewriting the body?).</source>
        <translation>A assinatura não confere: o SecretKey está errado, ou a requisição foi alterada no caminho (um proxy reescrevendo o corpo?).</translation>
    </message>
    <message>
        <source>Your clock is more than 5 minutes off; correct the system time and try again.</source>
        <translation>Seu relógio está mais de 5 minutos fora; corrija a hora do sistema e tente novamente.</translation>
    </message>
    <message>
        <source>The SecretId is wrong, disabled or deleted, or not a cloud API key (look for stray spaces).</source>
        <translation>O SecretId está errado, desativado ou excluído, ou não é uma chave de API da nuvem (verifique espaços a mais).</translation>
    </message>
    <message>
        <source>The temporary token has expired or does not belong to this key; get new temporary credentials.</source>
        <translation>O token temporário expirou ou não pertence a esta chave; obtenha novas credenciais temporárias.</translation>
    </message>
    <message>
        <source>The Authorization header was rejected as malformed.</source>
        <translation>O cabeçalho Authorization foi rejeitado por estar malformado.</translation>
    </message>
    <message>
        <source>The multi-factor authentication check failed.</source>
        <translation>A verificação de autenticação multifator falhou.</translation>
    </message>
    <message>
        <source>The key lacks the CAM permission for this action.</source>
        <translation>A chave não tem a permissão CAM para esta ação.</translation>
    </message>
    <message>
        <source>The key lacks the CAM permission for %1.</source>
        <translation>A chave não tem a permissão CAM para %1.</translation>
    </message>
    <message>
        <source>Tencent Cloud did not accept these credentials.</source>
        <translation>A Tencent Cloud não aceitou estas credenciais.</translation>
    </message>
    <message>
        <source>The product is not offered in this region.</source>
        <translation>O produto não é oferecido nesta região.</translation>
    </message>
</context>
<context>
    <name>bb::TencentErrorHints</name>
    <message>
        <source>The SQL Server control database failed; try again later.</source>
        <translation>O banco de controle do SQL Server falhou; tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The operation failed or timed out inside Tencent Cloud; try again later.</source>
        <translation>A operação falhou ou expirou dentro da Tencent Cloud; tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Tencent Cloud could not reach the backup storage (COS); try again later.</source>
        <translation>A Tencent Cloud não conseguiu acessar o armazenamento de backups (COS); tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>An internal task service failed; try again later.</source>
        <translation>Um serviço interno de tarefas falhou; tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Tencent Cloud had a system error; try again later.</source>
        <translation>A Tencent Cloud teve um erro de sistema; tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Tencent Cloud had an unknown error; try again later.</source>
        <translation>A Tencent Cloud teve um erro desconhecido; tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Tencent Cloud rejected a parameter of this request as invalid.</source>
        <translation>A Tencent Cloud rejeitou um parâmetro desta requisição como inválido.</translation>
    </message>
    <message>
        <source>Tencent Cloud could not convert a parameter of this request.</source>
        <translation>A Tencent Cloud não conseguiu converter um parâmetro desta requisição.</translation>
    </message>
    <message>
        <source>The backup name contains characters Tencent Cloud does not allow.</source>
        <translation>O nome do backup contém caracteres que a Tencent Cloud não permite.</translation>
    </message>
    <message>
        <source>Too many databases were named for one backup.</source>
        <translation>Bancos de dados demais foram indicados para um backup.</translation>
    </message>
    <message>
        <source>One of the named databases does not exist on this instance.</source>
        <translation>Um dos bancos de dados indicados não existe nesta instância.</translation>
    </message>
    <message>
        <source>The instance does not exist in this region (deleted, or another region or account?).</source>
        <translation>A instância não existe nesta região (excluída, ou de outra região ou conta?).</translation>
    </message>
    <message>
        <source>The backup does not exist any more (expired or deleted).</source>
        <translation>O backup não existe mais (expirado ou excluído).</translation>
    </message>
    <message>
        <source>A database is in a state that does not allow a backup now.</source>
        <translation>Um banco de dados está em um estado que não permite backup agora.</translation>
    </message>
    <message>
        <source>The instance is busy or not running (another backup, a restore or a change may be in progress).</source>
        <translation>A instância está ocupada ou parada (outro backup, uma restauração ou uma alteração pode estar em andamento).</translation>
    </message>
    <message>
        <source>The Redis control database failed; try again later.</source>
        <translation>O banco de controle do Redis falhou; tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Tencent Cloud had an internal error; try again later.</source>
        <translation>A Tencent Cloud teve um erro interno; tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Tencent Cloud had a system error unrelated to the request; try again later.</source>
        <translation>A Tencent Cloud teve um erro de sistema não relacionado à requisição; tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>No Redis instance has this ID in this region (deleted, or another region or account?).</source>
        <translation>Nenhuma instância Redis tem este ID nesta região (excluída, ou de outra região ou conta?).</translation>
    </message>
    <message>
        <source>The key lacks the CAM permission for this action.</source>
        <translation>A chave não tem a permissão CAM para esta ação.</translation>
    </message>
    <message>
        <source>Tencent Cloud rejected a parameter of this request.</source>
        <translation>A Tencent Cloud rejeitou um parâmetro desta requisição.</translation>
    </message>
    <message>
        <source>Tencent Cloud rejected the value of a parameter (time window, page size or offset?).</source>
        <translation>A Tencent Cloud rejeitou o valor de um parâmetro (período, tamanho de página ou offset?).</translation>
    </message>
    <message>
        <source>A required parameter was missing from the request.</source>
        <translation>Faltou um parâmetro obrigatório na requisição.</translation>
    </message>
    <message>
        <source>The request carried a parameter this API version does not know.</source>
        <translation>A requisição trouxe um parâmetro que esta versão da API não conhece.</translation>
    </message>
    <message>
        <source>This API action does not exist for this product and version (wrong endpoint?).</source>
        <translation>Esta ação de API não existe para este produto e versão (endpoint errado?).</translation>
    </message>
    <message>
        <source>This API version does not exist for this product (wrong endpoint?).</source>
        <translation>Esta versão de API não existe para este produto (endpoint errado?).</translation>
    </message>
    <message>
        <source>The endpoint does not serve this product.</source>
        <translation>O endpoint não atende este produto.</translation>
    </message>
    <message>
        <source>Tencent Cloud has retired this API action.</source>
        <translation>A Tencent Cloud desativou esta ação de API.</translation>
    </message>
    <message>
        <source>The instance does not support this operation in its current state or edition.</source>
        <translation>A instância não suporta esta operação no estado ou edição atual.</translation>
    </message>
    <message>
        <source>The endpoint refused the request method or protocol (HTTPS is required).</source>
        <translation>O endpoint recusou o método ou protocolo da requisição (HTTPS é obrigatório).</translation>
    </message>
    <message>
        <source>The resource does not exist.</source>
        <translation>O recurso não existe.</translation>
    </message>
    <message>
        <source>The resource is not available right now.</source>
        <translation>O recurso não está disponível no momento.</translation>
    </message>
    <message>
        <source>The resource is in use by another operation.</source>
        <translation>O recurso está em uso por outra operação.</translation>
    </message>
    <message>
        <source>A quota or limit of the account was exceeded.</source>
        <translation>Uma cota ou limite da conta foi excedido.</translation>
    </message>
    <message>
        <source>Tencent Cloud could not carry out the operation.</source>
        <translation>A Tencent Cloud não conseguiu executar a operação.</translation>
    </message>
    <message>
        <source>The request was too large for Tencent Cloud.</source>
        <translation>A requisição era grande demais para a Tencent Cloud.</translation>
    </message>
    <message>
        <source>The answer would be too large; narrow the time window.</source>
        <translation>A resposta seria grande demais; reduza o período.</translation>
    </message>
    <message>
        <source>This computer's IP address is blocked for the account.</source>
        <translation>O endereço IP deste computador está bloqueado para a conta.</translation>
    </message>
    <message>
        <source>This computer's IP address is not on the account's allow list.</source>
        <translation>O endereço IP deste computador não está na lista de permissões da conta.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable; try again later.</source>
        <translation>O serviço está temporariamente indisponível; tente novamente mais tarde.</translation>
    </message>
</context>
<context>
    <name>bb::TencentJson</name>
    <message>
        <source>The answer's TotalCount "%1" is not a plausible count.</source>
        <translation>O TotalCount "%1" da resposta não é uma contagem plausível.</translation>
    </message>
    <message>
        <source>The answer has %1 rows in one page, more than the API ever returns (%2).</source>
        <translation>A resposta tem %1 linhas em uma página, mais do que a API retorna (%2).</translation>
    </message>
    <message>
        <source>The answer has no list "%1" (or it is not a list).</source>
        <translation>A resposta não tem a lista "%1" (ou não é uma lista).</translation>
    </message>
</context>
<context>
    <name>bb::TencentRedisService</name>
    <message>
        <source>Starting the backup</source>
        <translation>Iniciando o backup</translation>
    </message>
    <message>
        <source>Looking up the new backup</source>
        <translation>Procurando o novo backup</translation>
    </message>
    <message>
        <source>The backup task %1 failed on the server.</source>
        <translation>A tarefa de backup %1 falhou no servidor.</translation>
    </message>
    <message>
        <source>Waiting for the backup to start</source>
        <translation>Aguardando o início do backup</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Fazendo backup</translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation>Backup concluído</translation>
    </message>
    <message>
        <source>The backup task succeeded, but the new backup does not appear in the list.</source>
        <translation>A tarefa de backup teve sucesso, mas o novo backup não aparece na lista.</translation>
    </message>
</context>
<context>
    <name>bb::TencentSqlServerService</name>
    <message>
        <source>The listing gave no download address for backup %1.</source>
        <translation>A listagem não trouxe endereço de download para o backup %1.</translation>
    </message>
    <message>
        <source>Backup %1 is no longer listed; it may have expired.</source>
        <translation>O backup %1 não está mais listado; pode ter expirado.</translation>
    </message>
    <message>
        <source>Starting the backup</source>
        <translation>Iniciando o backup</translation>
    </message>
    <message>
        <source>Creating the backup</source>
        <translation>Criando o backup</translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation>Backup concluído</translation>
    </message>
    <message>
        <source>The backup (flow %1) failed on the server.</source>
        <translation>O backup (fluxo %1) falhou no servidor.</translation>
    </message>
</context>
<context>
    <name>bb::TimelineChart</name>
    <message>
        <source>Size (MiB)</source>
        <translation>Tamanho (MiB)</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Duração (min)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Select an instance to see its backups over time</source>
        <translation>Selecione uma instância para ver seus backups ao longo do tempo</translation>
    </message>
</context>
<context>
    <name>bb::UrlField</name>
    <message>
        <source>Show the full URL, including its signature</source>
        <translation>Mostrar a URL completa, incluindo a assinatura</translation>
    </message>
    <message>
        <source>Copy the full URL</source>
        <translation>Copiar a URL completa</translation>
    </message>
</context>
<context>
    <name>bb::UrlResolver</name>
    <message>
        <source>The provider returned no download URL for %1</source>
        <translation>O provedor não retornou URL de download para %1</translation>
    </message>
    <message>
        <source>No account can resolve %1 downloads</source>
        <translation>Nenhuma conta consegue obter URLs de download de %1</translation>
    </message>
</context>
<context>
    <name>bb::VendorCredentials</name>
    <message>
        <source>No Tencent Cloud credentials: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, or write them to the [default] section of ~/.tencentcloud/credentials.</source>
        <translation>Sem credenciais da Tencent Cloud: defina TENCENTCLOUD_SECRET_ID e TENCENTCLOUD_SECRET_KEY, ou grave-as na seção [default] de ~/.tencentcloud/credentials.</translation>
    </message>
    <message>
        <source>Profile "%1" was not found or is not usable in ~/.aliyun/config.json.</source>
        <translation>O perfil "%1" não foi encontrado ou não é utilizável em ~/.aliyun/config.json.</translation>
    </message>
    <message>
        <source>No Alibaba Cloud credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or configure a profile with the aliyun CLI (~/.aliyun/config.json).</source>
        <translation>Sem credenciais da Alibaba Cloud: defina ALIBABA_CLOUD_ACCESS_KEY_ID e ALIBABA_CLOUD_ACCESS_KEY_SECRET, ou configure um perfil com a CLI aliyun (~/.aliyun/config.json).</translation>
    </message>
</context>
<context>
    <name>bb::VendorProfile</name>
    <message>
        <source>, temporary token</source>
        <translation>, token temporário</translation>
    </message>
    <message>
        <source>Environment variables (%1%2)</source>
        <translation>Variáveis de ambiente (%1%2)</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <source>%1, profile "%2" (%3%4)</source>
        <translation>%1, perfil "%2" (%3%4)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try 'backup-browser-cli --help'.</source>
        <translation>Tente 'backup-browser-cli --help'.</translation>
    </message>
    <message>
        <source>Start the built-in sandbox and show its accounts.</source>
        <translation>Inicia o sandbox integrado e mostra suas contas.</translation>
    </message>
    <message>
        <source>Load, save a PNG of the window, and quit.</source>
        <translation>Carrega, salva um PNG da janela e sai.</translation>
    </message>
    <message>
        <source>Use this language (e.g. zh_CN) instead of the settings'.</source>
        <translation>Usa este idioma (ex.: zh_CN) em vez do das configurações.</translation>
    </message>
    <message>
        <source>Use this theme (system, light, dark) instead of the settings'.</source>
        <translation>Usa este tema (system, light, dark) em vez do das configurações.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Mostra a versão e sai.</translation>
    </message>
</context>
</TS>