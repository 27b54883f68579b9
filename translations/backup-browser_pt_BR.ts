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
    <message>
        <source>The backup was already deleted.</source>
        <translation>O backup já foi excluído.</translation>
    </message>
    <message>
        <source>Select a backup to edit its description.</source>
        <translation>Selecione um backup para editar a descrição.</translation>
    </message>
    <message>
        <source>This product does not allow editing a backup&apos;s description through its API.</source>
        <translation>Este produto não permite editar a descrição de um backup pela API.</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>%1 days</source>
        <translation>%1 dias</translation>
    </message>
    <message>
        <source>Delete backup</source>
        <translation>Excluir backup</translation>
    </message>
    <message>
        <source>Delete backup %1 of instance %2 in the cloud?</source>
        <translation>Excluir o backup %1 da instância %2 na nuvem?</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nome: %1</translation>
    </message>
    <message>
        <source>Instance: %1 (%2, %3)</source>
        <translation>Instância: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Tamanho: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Iniciado: %1</translation>
    </message>
    <message>
        <source>Started: %1 (%2 ago)</source>
        <translation>Iniciado: %1 (há %2)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>The provider removes the backup and its files. This cannot be undone.</source>
        <translation>O provedor remove o backup e seus arquivos. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Remover conta</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot; (%2)?</source>
        <translation>Remover a conta &quot;%1&quot; (%2)?</translation>
    </message>
    <message>
        <source>Its key pair is deleted from the system keychain and it leaves the tree. The backups in the cloud are not touched.</source>
        <translation>O par de chaves é excluído do chaveiro do sistema e a conta sai da árvore. Os backups na nuvem não são afetados.</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Cancelar download</translation>
    </message>
    <message>
        <source>Cancel the download of %1?</source>
        <translation>Cancelar o download de %1?</translation>
    </message>
    <message>
        <source>Downloaded: %1 of %2</source>
        <translation>Baixado: %1 de %2</translation>
    </message>
    <message>
        <source>Downloaded: %1</source>
        <translation>Baixado: %1</translation>
    </message>
    <message>
        <source>The partial file is deleted; downloading again starts from the beginning.</source>
        <translation>O arquivo parcial é excluído; um novo download começa do início.</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Substituir arquivo</translation>
    </message>
    <message>
        <source>Replace the existing file %1?</source>
        <translation>Substituir o arquivo existente %1?</translation>
    </message>
    <message>
        <source>Its size: %1</source>
        <translation>Tamanho dele: %1</translation>
    </message>
    <message>
        <source>The existing file is lost.</source>
        <translation>O arquivo existente será perdido.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <source>Download again</source>
        <translation>Baixar novamente</translation>
    </message>
    <message>
        <source>%1 was already downloaded. Download it again?</source>
        <translation>%1 já foi baixado. Baixar novamente?</translation>
    </message>
    <message>
        <source>Saved to: %1</source>
        <translation>Salvo em: %1</translation>
    </message>
    <message>
        <source>The new copy gets a numbered name; the existing file stays.</source>
        <translation>A nova cópia recebe um nome numerado; o arquivo existente é mantido.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Downloads still running or waiting: %1. Quit anyway?</source>
        <translation>Downloads ainda em andamento ou aguardando: %1. Sair mesmo assim?</translation>
    </message>
    <message>
        <source>Still to download: %1</source>
        <translation>Ainda a baixar: %1</translation>
    </message>
    <message>
        <source>They stop now and resume from their partial files when Backup Browser starts again.</source>
        <translation>Eles param agora e continuam a partir dos arquivos parciais quando o Backup Browser for iniciado novamente.</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Remover regra</translation>
    </message>
    <message>
        <source>Remove the offsite rule &quot;%1&quot;?</source>
        <translation>Remover a regra de cópia externa &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Produto: %1</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>Destino: %1</translation>
    </message>
    <message>
        <source>It is the last rule: the rules file %1 is removed.</source>
        <translation>É a última regra: o arquivo de regras %1 será removido.</translation>
    </message>
    <message>
        <source>Local copies it already made are NOT deleted: they stay in the destination, no longer synced or pruned. Nothing in the cloud is touched.</source>
        <translation>As cópias locais que ela já fez NÃO são excluídas: ficam no destino, sem mais sincronização nem limpeza. Nada na nuvem é tocado.</translation>
    </message>
</context>
<context>
    <name>CopyCatalogue</name>
    <message>
        <source>catalogue %1: %2</source>
        <translation>catálogo %1: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>não foi possível criar %1</translation>
    </message>
    <message>
        <source>cannot open the catalogue %1: %2</source>
        <translation>não foi possível abrir o catálogo %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a catalogue: %2</source>
        <translation>%1 não é um catálogo: %2</translation>
    </message>
    <message>
        <source>the catalogue %1 has schema %2, newer than this version reads (%3)</source>
        <translation>o catálogo %1 tem o esquema %2, mais novo do que esta versão lê (%3)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>CreateBackupOptions</name>
    <message>
        <source>This product has no on-demand backups; its backups follow the instance&apos;s backup policy.</source>
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
    <name>DownloadPlan</name>
    <message>
        <source>Backup %1 cannot be downloaded.</source>
        <translation>O backup %1 não pode ser baixado.</translation>
    </message>
    <message>
        <source>Backup %1 cannot be downloaded: %2</source>
        <translation>O backup %1 não pode ser baixado: %2</translation>
    </message>
    <message>
        <source>Cannot make a folder named after backup %1 in %2.</source>
        <translation>Não foi possível criar uma pasta com o nome do backup %1 em %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for backup %2.</source>
        <translation>Não foi possível criar a pasta %1 para o backup %2.</translation>
    </message>
</context>
<context>
    <name>FileDigest</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>interrompido</translation>
    </message>
</context>
<context>
    <name>FileRevealer</name>
    <message>
        <source>The folder %1 no longer exists.</source>
        <translation>A pasta %1 não existe mais.</translation>
    </message>
    <message>
        <source>No file manager could open %1 (none is installed or registered for folders). The path is on the clipboard menu: Copy path.</source>
        <translation>Nenhum gerenciador de arquivos conseguiu abrir %1 (nenhum está instalado ou registrado para pastas). O caminho está disponível no menu: Copiar caminho.</translation>
    </message>
</context>
<context>
    <name>HttpHeadParser</name>
    <message>
        <source>The server sent an oversized response header</source>
        <translation>O servidor enviou um cabeçalho de resposta grande demais</translation>
    </message>
    <message>
        <source>The server sent an invalid HTTP response</source>
        <translation>O servidor enviou uma resposta HTTP inválida</translation>
    </message>
    <message>
        <source>The server sent an invalid HTTP status (%1)</source>
        <translation>O servidor enviou um status HTTP inválido (%1)</translation>
    </message>
    <message>
        <source>The server switched protocols (HTTP 101), which a download never asks for</source>
        <translation>O servidor trocou de protocolo (HTTP 101), algo que um download nunca pede</translation>
    </message>
    <message>
        <source>The server sent more than %1 interim (1xx) responses</source>
        <translation>O servidor enviou mais de %1 respostas provisórias (1xx)</translation>
    </message>
    <message>
        <source>The server sent a malformed response header line</source>
        <translation>O servidor enviou uma linha de cabeçalho de resposta malformada</translation>
    </message>
    <message>
        <source>The server sent an invalid Content-Length (%1)</source>
        <translation>O servidor enviou um Content-Length inválido (%1)</translation>
    </message>
    <message>
        <source>The server sent conflicting Content-Length headers (%1 and %2)</source>
        <translation>O servidor enviou cabeçalhos Content-Length conflitantes (%1 e %2)</translation>
    </message>
</context>
<context>
    <name>OffsiteRule</name>
    <message>
        <source>the layout must end with /{file} and name {file} once, not &apos;%1&apos;</source>
        <translation>o layout deve terminar com /{file} e citar {file} uma única vez, não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the layout is relative to the destination, &apos;/&apos;-separated, without empty parts: &apos;%1&apos;</source>
        <translation>o layout é relativo ao destino, separado por &apos;/&apos;, sem partes vazias: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} in the layout (known: %2)</source>
        <translation>placeholder desconhecido {%1} no layout (conhecidos: %2)</translation>
    </message>
</context>
<context>
    <name>RetentionPolicy</name>
    <message>
        <source>daily</source>
        <translation>diário</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensal</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>anual</translation>
    </message>
    <message>
        <source>no retention rule: everything is kept</source>
        <translation>nenhuma regra de retenção: tudo é mantido</translation>
    </message>
    <message numerus="yes">
        <source>among the newest %n</source>
        <translation>
            <numerusform>entre o %n mais recente</numerusform>
            <numerusform>entre os %n mais recentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>started within %n day(s)</source>
        <translation>
            <numerusform>iniciado há no máximo %n dia</numerusform>
            <numerusform>iniciado há no máximo %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>the minimum of %n kept</source>
        <translation>
            <numerusform>o mínimo de %n mantido</numerusform>
            <numerusform>o mínimo de %n mantidos</numerusform>
        </translation>
    </message>
    <message>
        <source>no retention rule keeps it</source>
        <translation>nenhuma regra de retenção o mantém</translation>
    </message>
</context>
<context>
    <name>RuleFile</name>
    <message>
        <source>is required</source>
        <translation>é obrigatório</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>deve ser uma string não vazia</translation>
    </message>
    <message>
        <source>must be a string or a list of strings</source>
        <translation>deve ser uma string ou uma lista de strings</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>deve ser um número inteiro de %1 a %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>deve ser true ou false</translation>
    </message>
    <message>
        <source>unknown field (known: %1)</source>
        <translation>campo desconhecido (conhecidos: %1)</translation>
    </message>
    <message>
        <source>larger than %1 bytes; a rules file is small</source>
        <translation>maior que %1 bytes; um arquivo de regras é pequeno</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <source>expected an object with a &quot;rules&quot; list</source>
        <translation>esperado um objeto com uma lista &quot;rules&quot;</translation>
    </message>
    <message>
        <source>&quot;rules&quot; is empty</source>
        <translation>&quot;rules&quot; está vazia</translation>
    </message>
    <message>
        <source>more than %1 rules</source>
        <translation>mais de %1 regras</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: deve ser um objeto</translation>
    </message>
    <message>
        <source>must be full, log or all, not &apos;%1&apos;</source>
        <translation>deve ser full, log ou all, não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be internal or external, not &apos;%1&apos;</source>
        <translation>deve ser internal ou external, não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <source>%1.name: &apos;%2&apos; names another rule too</source>
        <translation>%1.name: &apos;%2&apos; também é o nome de outra regra</translation>
    </message>
    <message>
        <source>cannot read the rules file %1: %2</source>
        <translation>não foi possível ler o arquivo de regras %1: %2</translation>
    </message>
    <message>
        <source>cannot write the rules file %1: %2</source>
        <translation>não foi possível gravar o arquivo de regras %1: %2</translation>
    </message>
</context>
<context>
    <name>SyncPlanner</name>
    <message>
        <source>no local copy</source>
        <translation>nenhuma cópia local</translation>
    </message>
    <message>
        <source>local copy incomplete: %1 of %2 files</source>
        <translation>cópia local incompleta: %1 de %2 arquivos</translation>
    </message>
    <message>
        <source>%1 failed verification</source>
        <translation>%1 falhou na verificação</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 está faltando</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, the catalogue says %3</source>
        <translation>%1 tem %2 bytes, o catálogo diz %3</translation>
    </message>
    <message numerus="yes">
        <source>among the newest %n</source>
        <translation>
            <numerusform>entre o %n mais recente</numerusform>
            <numerusform>entre os %n mais recentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>started within %n day(s)</source>
        <translation>
            <numerusform>iniciado há no máximo %n dia</numerusform>
            <numerusform>iniciado há no máximo %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>listed in the last %n day(s)</source>
        <translation>
            <numerusform>listado no último %n dia</numerusform>
            <numerusform>listado nos últimos %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>local copy complete</source>
        <translation>cópia local completa</translation>
    </message>
    <message>
        <source>pruning is off</source>
        <translation>a limpeza está desativada</translation>
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
        <source>Profile &quot;%1&quot; of %2 uses mode %3, which Backup Browser cannot use; use AK or StsToken.</source>
        <translation>O perfil &quot;%1&quot; de %2 usa o modo %3, que o Backup Browser não suporta; use AK ou StsToken.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; of %2 has no access key.</source>
        <translation>O perfil &quot;%1&quot; de %2 não tem chave de acesso.</translation>
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
    <name>bb::AccountChooser</name>
    <message>
        <source>unknown product &apos;%1&apos;</source>
        <translation>produto desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no saved account named &apos;%1&apos;</source>
        <translation>nenhuma conta salva chamada &apos;%1&apos;</translation>
    </message>
    <message>
        <source>account &apos;%1&apos; is a %2 account; %3 needs a %4 one</source>
        <translation>a conta &apos;%1&apos; é uma conta %2; %3 precisa de uma conta %4</translation>
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
        <source>No keys entered, and none found in the environment or the vendors&apos; files.</source>
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
        <translation>
            <numerusform>Conectado: %n instância em %1 (%2 ms).</numerusform>
            <numerusform>Conectado: %n instâncias em %1 (%2 ms).</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter both the SecretId and the SecretKey, or Import them.</source>
        <translation>Informe o SecretId e o SecretKey, ou use Importar.</translation>
    </message>
    <message>
        <source>Enter both the AccessKey ID and the AccessKey secret, or Import them.</source>
        <translation>Informe o AccessKey ID e o AccessKey secret, ou use Importar.</translation>
    </message>
    <message>
        <source>A Tencent Cloud SecretId usually starts with &quot;AKID&quot;. Check that this is the SecretId, not the SecretKey or an APPID.</source>
        <translation>Um SecretId da Tencent Cloud geralmente começa com &quot;AKID&quot;. Verifique se este é o SecretId, e não o SecretKey ou um APPID.</translation>
    </message>
    <message>
        <source>A Tencent Cloud SecretId is usually 36 characters long; this one has %1.</source>
        <translation>Um SecretId da Tencent Cloud geralmente tem 36 caracteres; este tem %1.</translation>
    </message>
    <message>
        <source>This is a temporary (STS) AccessKey ID: enter its security token too.</source>
        <translation>Este é um AccessKey ID temporário (STS): informe também o token de segurança.</translation>
    </message>
    <message>
        <source>An Alibaba Cloud AccessKey ID usually starts with &quot;LTAI&quot; (or &quot;STS.&quot; for temporary keys). Check that this is the ID, not the secret.</source>
        <translation>Um AccessKey ID da Alibaba Cloud geralmente começa com &quot;LTAI&quot; (ou &quot;STS.&quot; para chaves temporárias). Verifique se este é o ID, e não o secret.</translation>
    </message>
    <message>
        <source>A security token is only used with a temporary (STS.) AccessKey ID.</source>
        <translation>Um token de segurança só é usado com um AccessKey ID temporário (STS.).</translation>
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
        <source>Use keys from environment variables or the vendors&apos; command-line tools</source>
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
        <source>Nothing found in the environment or the vendors&apos; files</source>
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
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>Já existe uma conta chamada &quot;%1&quot;.</translation>
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
        <source>The server saw this request&apos;s nonce before (a replayed request).</source>
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
    <message>
        <source>RDS does not offer this operation for the instance&apos;s database engine.</source>
        <translation>O RDS não oferece esta operação para o mecanismo de banco de dados da instância.</translation>
    </message>
    <message>
        <source>RDS wants the end of the time window later than its start.</source>
        <translation>O RDS exige que o fim do intervalo de tempo seja posterior ao início.</translation>
    </message>
    <message>
        <source>RDS wants a page number of 1 or more.</source>
        <translation>O RDS exige um número de página igual ou maior que 1.</translation>
    </message>
    <message>
        <source>RDS no longer lists it: it may have expired or been deleted.</source>
        <translation>O RDS não o lista mais: ele pode ter expirado ou sido excluído.</translation>
    </message>
    <message>
        <source>Choose the backup to delete.</source>
        <translation>Escolha o backup a excluir.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a BackupJobId (the digits CreateBackup returned).</source>
        <translation>&apos;%1&apos; não é um BackupJobId (os dígitos retornados por CreateBackup).</translation>
    </message>
    <message>
        <source>Following the backup</source>
        <translation>Acompanhando o backup</translation>
    </message>
    <message>
        <source>RDS lists no backup job %1 for this instance: the id is wrong, or the job ended so long ago that RDS no longer reports it.</source>
        <translation>O RDS não lista nenhuma tarefa de backup %1 para esta instância: o id está errado, ou a tarefa terminou há tanto tempo que o RDS não a informa mais.</translation>
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
        <translation>
            <numerusform>A requisição expirou após %n s</numerusform>
            <numerusform>A requisição expirou após %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection failed (%1). The server&apos;s certificate is not trusted, so nothing was sent.</source>
        <translation>A conexão segura falhou (%1). O certificado do servidor não é confiável, então nada foi enviado.</translation>
    </message>
    <message>
        <source>Check the endpoint, or trust that server&apos;s certificate explicitly in the account settings.</source>
        <translation>Verifique o endpoint, ou confie explicitamente no certificado desse servidor nas configurações da conta.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The secure connection failed (%1). The server and this app agree on no TLS protocol version or cipher (this app needs TLS 1.2 or later), so nothing was sent.</source>
        <translation>A conexão segura falhou (%1). O servidor e este aplicativo não têm nenhuma versão do protocolo TLS ou cifra em comum (este aplicativo exige TLS 1.2 ou posterior), então nada foi enviado.</translation>
    </message>
    <message>
        <source>Check the endpoint: the cloud APIs all speak TLS 1.2 or later; an old proxy in between may not.</source>
        <translation>Verifique o endpoint: todas as APIs de nuvem usam TLS 1.2 ou posterior; um proxy antigo no caminho pode não usar.</translation>
    </message>
    <message>
        <source>%1 The server asked to wait %2 s before trying again.</source>
        <translation>%1 O servidor pediu para aguardar %2 s antes de tentar novamente.</translation>
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
        <source>Unknown product &quot;%1&quot;.</source>
        <translation>Produto desconhecido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has no stored credentials, and none were found in the environment: %2</source>
        <translation>A conta &quot;%1&quot; não tem credenciais salvas, e nenhuma foi encontrada no ambiente: %2</translation>
    </message>
    <message>
        <source>This build cannot open %1 yet.</source>
        <translation>Esta versão ainda não consegue abrir %1.</translation>
    </message>
    <message>
        <source>BB_SANDBOX_ANCHOR is not an ISO-8601 time: %1</source>
        <translation>BB_SANDBOX_ANCHOR não é um horário ISO-8601: %1</translation>
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
    <message>
        <source>Failure</source>
        <translation>Falha</translation>
    </message>
</context>
<context>
    <name>bb::BackupService</name>
    <message>
        <source>The product %1 does not offer this operation.</source>
        <translation>O produto %1 não oferece esta operação.</translation>
    </message>
    <message>
        <source>instance %1 has no backup %2</source>
        <translation>a instância %1 não tem o backup %2</translation>
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
        <source>Checksum</source>
        <translation>Checksum</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <translation>Início (%1)</translation>
    </message>
    <message>
        <source>End (%1)</source>
        <translation>Fim (%1)</translation>
    </message>
    <message>
        <source>Expires (%1)</source>
        <translation>Expira (%1)</translation>
    </message>
    <message>
        <source>Copy failed verification</source>
        <translation>A cópia falhou na verificação</translation>
    </message>
    <message>
        <source>Verified %1 ago</source>
        <translation>Verificada há %1</translation>
    </message>
    <message>
        <source>Every file has a local copy, verified at %1</source>
        <translation>Todos os arquivos têm cópia local, verificada em %1</translation>
    </message>
    <message>
        <source>A local copy differs from what was copied; the next sync fetches it again</source>
        <translation>Uma cópia local difere do que foi copiado; a próxima sincronização a baixa de novo</translation>
    </message>
    <message>
        <source>Local copy verified (UTC)</source>
        <translation>Cópia local verificada (UTC)</translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation>Cópia local</translation>
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
        <translation>
            <numerusform>%n status</numerusform>
            <numerusform>%n status</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>%1 of %2 shown — &lt;a href=&quot;clear&quot;&gt;Clear filters&lt;/a&gt;</source>
        <translation>%1 de %2 exibidos — &lt;a href=&quot;clear&quot;&gt;Limpar filtros&lt;/a&gt;</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message numerus="yes">
        <source>%n kinds</source>
        <translation>
            <numerusform>%n tipo</numerusform>
            <numerusform>%n tipos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::BrowserController</name>
    <message numerus="yes">
        <source>%n backup(s) loaded</source>
        <translation>
            <numerusform>%n backup carregado</numerusform>
            <numerusform>%n backups carregados</numerusform>
        </translation>
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
        <source>Backup %1 has no files to download.</source>
        <translation>O backup %1 não tem arquivos para baixar.</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) queued</source>
        <translation>
            <numerusform>%n download na fila</numerusform>
            <numerusform>%n downloads na fila</numerusform>
        </translation>
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
    <message>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <source>Loading backups from %1 to %2… %3 of %4 parts</source>
        <translation>Carregando backups de %1 a %2… %3 de %4 partes</translation>
    </message>
    <message>
        <source>Backups from %1 to %2</source>
        <translation>Backups de %1 a %2</translation>
    </message>
    <message>
        <source>Local copies: %1</source>
        <translation>Cópias locais: %1</translation>
    </message>
</context>
<context>
    <name>bb::CheckCommand</name>
    <message>
        <source>the account serves none of the products</source>
        <translation>a conta não atende nenhum dos produtos</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>%1 ignorado: %2</translation>
    </message>
    <message>
        <source>%1 skipped: not offered in %2</source>
        <translation>%1 ignorado: não oferecido em %2</translation>
    </message>
    <message>
        <source>no credentials for any cloud: set the vendors&apos; environment variables or files, or use --account or --sandbox</source>
        <translation>nenhuma credencial para nenhuma nuvem: defina as variáveis de ambiente ou os arquivos dos fornecedores, ou use --account ou --sandbox</translation>
    </message>
    <message>
        <source>no such instance in the regions checked</source>
        <translation>instância não encontrada nas regiões verificadas</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>não foi possível gravar a saída: %1</translation>
    </message>
    <message>
        <source>local copies: %1</source>
        <translation>cópias locais: %1</translation>
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
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: secrets are never accepted on the command line (they would show in ps and in shell history). Use --account NAME (keys in the OS keychain), the TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY or ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET environment variables, or the vendors&apos; credential files.</source>
        <translation>%1: segredos nunca são aceitos na linha de comando (apareceriam no ps e no histórico do shell). Use --account NOME (chaves no chaveiro do sistema), as variáveis de ambiente TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY ou ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET, ou os arquivos de credenciais dos fornecedores.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>opção desconhecida &apos;%1&apos;</translation>
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
        <source>unknown command &apos;%1&apos; (one of: %2)</source>
        <translation>comando desconhecido &apos;%1&apos; (um de: %2)</translation>
    </message>
    <message>
        <source>option %1 does not apply to &apos;%2&apos;</source>
        <translation>a opção %1 não se aplica a &apos;%2&apos;</translation>
    </message>
    <message>
        <source>option %1 needs a non-empty value</source>
        <translation>a opção %1 precisa de um valor não vazio</translation>
    </message>
    <message>
        <source>--endpoint needs an http:// or https:// URL with a host, not &apos;%1&apos;</source>
        <translation>--endpoint precisa de uma URL http:// ou https:// com host, não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--endpoint must not carry a user name or password</source>
        <translation>--endpoint não pode conter usuário ou senha</translation>
    </message>
    <message>
        <source>--endpoint takes only a scheme, host and port, not &apos;%1&apos;</source>
        <translation>--endpoint aceita apenas esquema, host e porta, não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--region: &apos;%1&apos; is not a region id (e.g. ap-guangzhou, cn-hangzhou)</source>
        <translation>--region: &apos;%1&apos; não é um id de região (ex.: ap-guangzhou, cn-hangzhou)</translation>
    </message>
    <message>
        <source>unknown product &apos;%1&apos; (one of: %2)</source>
        <translation>produto desconhecido &apos;%1&apos; (um de: %2)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a time (use 2025-01-31, 2025-01-31T08:00:00Z, 7d or 24h)</source>
        <translation>%1: &apos;%2&apos; não é um horário (use 2025-01-31, 2025-01-31T08:00:00Z, 7d ou 24h)</translation>
    </message>
    <message>
        <source>--network must be internal or external, not &apos;%1&apos;</source>
        <translation>--network deve ser internal ou external, não &apos;%1&apos;</translation>
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
        <source>&apos;%1&apos; needs --product</source>
        <translation>&apos;%1&apos; precisa de --product</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs --instance</source>
        <translation>&apos;%1&apos; precisa de --instance</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs --backup</source>
        <translation>&apos;%1&apos; precisa de --backup</translation>
    </message>
    <message>
        <source>--since is later than --until</source>
        <translation>--since é posterior a --until</translation>
    </message>
    <message>
        <source>--kind must be one of %1, not &apos;%2&apos;</source>
        <translation>--kind deve ser um de %1, não &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--trigger must be manual or automatic, not &apos;%1&apos;</source>
        <translation>--trigger deve ser manual ou automatic, não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;edit&apos; needs --description</source>
        <translation>&apos;edit&apos; precisa de --description</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs --flow</source>
        <translation>&apos;%1&apos; precisa de --flow</translation>
    </message>
    <message>
        <source>--since and --until are the same time, so the window is empty; give a later --until</source>
        <translation>--since e --until são o mesmo horário, então o intervalo está vazio; informe um --until posterior</translation>
    </message>
    <message>
        <source>--flow: &apos;%1&apos; is not a job id (the digits create printed in extra.FlowId, extra.TaskId or extra.BackupJobId)</source>
        <translation>--flow: &apos;%1&apos; não é um id de tarefa (os dígitos que o create imprimiu em extra.FlowId, extra.TaskId ou extra.BackupJobId)</translation>
    </message>
    <message>
        <source>--format prometheus applies to &apos;check&apos; only</source>
        <translation>--format prometheus se aplica apenas a &apos;check&apos;</translation>
    </message>
    <message>
        <source>&apos;check --instance&apos; needs --product (instance ids are per product)</source>
        <translation>&apos;check --instance&apos; precisa de --product (os ids de instância são por produto)</translation>
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
Também:
  track               acompanha um backup que o create iniciou sem --wait, como
                        create --wait, e mostra o resultado
                        --product P --instance ID --flow FLOW_ID
  --flow FLOW_ID      o id de tarefa que o create mostrou no registro dele: extra.FlowId
                        (tencent-sqlserver), extra.TaskId (tencent-redis),
                        extra.BackupJobId (alibaba-rds)
  Os registros de backup terminam com uma chave region. Cada registro em files tem as chaves
  name size_bytes database internal_url external_url checksum extra; o extra dele contém
  os campos da própria parte (Status, StartTime, FinishedTime, SnapshotName e Detail
  de uma subtarefa do StarRocks; Shard de um arquivo do Redis). backups lista os arquivos
  que a listagem traz (subtarefas do StarRocks, links do RDS); show acrescenta o que a
  chamada de detalhe retorna (arquivos por banco de dados do SQL Server, shards do Redis).
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
Saúde das instâncias:
  check               avalia os backups de cada instância como OK, warning ou critical,
                        com os motivos; todos os produtos que as credenciais alcançam,
                        ou um só
                        [--product P] [--instance ID]... [--max-age DURATION]
                        [--format table|csv|json|prometheus] [--output FILE]
                      Por instância: o backup completo bem-sucedido mais recente
                      comparado à idade esperada (critical acima do dobro dela, ou se
                      não houver nenhum em 30 dias), backups de log onde a política os
                      prevê, falhas nos últimos 7 dias, um backup em execução há mais
                      de 3 vezes o seu tempo usual, um backup completo com menos da
                      metade da mediana dos 7 anteriores.
  --instance ID       (check) pode ser repetida; sem ela, todas as instâncias
  --max-age DURATION  (check) idade esperada do backup completo mais recente quando a
                      instância não publica política de backup: 26h (padrão), 2d, 90m, 1w
  --format prometheus (check) formato textfile do node_exporter; com --output o arquivo
                      é substituído de forma atômica, para o textfile collector
  check sai com 0 quando todas as instâncias estão OK, 7 quando alguma está em warning
  (nenhuma em critical), 8 quando alguma está em critical (a saída é gravada nos três
  casos); 7 e 8 seguem os códigos acima para que um script distinga &quot;uma instância
  precisa de atenção&quot; de &quot;a verificação não pôde ser executada&quot; (o 1 e o 2 do Nagios
  colidiriam com os erros de uso e de provedor).
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
        <translation>Uso: backup-browser-cli [opções globais] &lt;comando&gt; [opções]

Navegue, crie e baixe backups de bancos de dados na Tencent Cloud e na Alibaba Cloud.

Comandos:
  products            lista os produtos atendidos por esta ferramenta
  instances           lista as instâncias de um produto
                        --product P
  backups             lista os backups de uma instância
                        --product P --instance ID [--since TIME] [--until TIME]
                        [--status STATUS] [--kind KIND] [--trigger TRIGGER] [--with-urls]
  show                mostra um backup, qualquer que seja a idade dele
                        --product P --instance ID --backup ID [--with-urls]
  create              inicia um backup; com --wait, acompanha-o e mostra o resultado
                        --product P --instance ID [--databases a,b] [--name NAME] [--wait]
                        [--keep-until-instance-removed] [--with-urls]
  download            baixa os arquivos de um backup, verificados; mostra os caminhos finais
                        --product P --instance ID --backup ID
                        [--network internal|external] [--dir DIR] [--overwrite]
  edit                altera a descrição de um backup (alibaba-starrocks)
                        --product P --instance ID --backup ID --description TEXT
  delete              exclui um backup (alibaba-rds, alibaba-starrocks); pergunta antes,
                        citando o backup, a instância, o tamanho e a idade
                        --product P --instance ID --backup ID [--yes]

Opções globais:
  --sandbox           inicia o sandbox integrado no processo e o usa em todas as chamadas
  --account NAME      uma conta salva (segredos do chaveiro do sistema)
  --endpoint URL      substitui o endpoint da API: esquema, host e porta
  --region REGION     região da chamada (padrão: a da conta, senão a do produto)
  --format table|csv|json
                      formato de saída (padrão: table)
  --output FILE       grava a saída em FILE (de forma atômica) em vez da stdout
  --quiet             menos mensagens na stderr
  --verbose           uma linha na stderr por requisição à API: ação, status, RequestId,
                      duração, URL (query strings assinadas mascaradas)
  --version           mostra a versão e sai
  --help, -h          mostra esta ajuda e sai

Opções de comando:
  --product P         tencent-sqlserver, tencent-redis, alibaba-rds, alibaba-starrocks
  --instance ID       o id da instância, ex.: mssql-1a2b3c4d, crs-xxxxxxxx, rm-xxxxxxxx
  --backup ID         o id do backup como o provedor o mostra
  --since TIME        lista backups iniciados em TIME ou depois
  --until TIME        lista backups iniciados antes de TIME
                      TIME: 2025-01-31 (meia-noite UTC), 2025-01-31T08:00:00Z (sem
                      deslocamento significa UTC), ou uma idade: 30m, 24h, 7d, 2w.
                      backups sem --since/--until: os últimos 7 dias. show,
                      download, edit e delete encontram o backup pelo id, qualquer que
                      seja a idade; com --since/--until, procuram nesse intervalo.
                      --since e --until devem ser diferentes.
  --status STATUS     mantém os backups cujo status (creating, running, succeeded, failed,
                      expired, locked, exporting, exported, deleted, unknown) ou
                      status do provedor é STATUS (enviado à API quando ela tem o
                      filtro: alibaba-rds BackupStatus, alibaba-starrocks Statuses)
  --kind KIND         mantém backups full, incremental, log ou snapshot (alibaba-rds:
                      BackupType no servidor)
  --trigger TRIGGER   mantém backups manual ou automatic (alibaba-rds: BackupMode no
                      servidor)
  --databases a,b     faz backup apenas destes bancos de dados (produtos que suportam)
  --name NAME         nome, observação ou descrição do backup
  --wait              aguarda a conclusão do backup criado
  --keep-until-instance-removed
                      mantém o backup até a instância ser removida, em vez de
                      seguir a política de retenção (somente tencent-sqlserver)
  --network N         external (padrão) ou internal (só dentro da rede da nuvem)
  --dir DIR           baixa em DIR (padrão: o diretório atual)
  --overwrite         substitui um arquivo existente em vez de escolher um nome numerado
  --description TEXT  a nova descrição do backup
  --yes               exclui sem perguntar (necessário quando a stdin não é um terminal)
  --with-urls         inclui as URLs de download assinadas (internal_url, external_url)
                      na saída; sem esta opção elas são null. Elas são tokens de
                      portador: quem tiver uma pode baixar o backup até ela
                      expirar, então mantenha-as fora de logs e arquivos compartilhados.

Credenciais (sem --account ou --sandbox), como os SDKs dos fornecedores as leem:
  Tencent: TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY, TENCENTCLOUD_SESSION_TOKEN,
           senão [default] em ~/.tencentcloud/credentials
  Alibaba: ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET,
           ALIBABA_CLOUD_SECURITY_TOKEN, senão ~/.aliyun/config.json
           (perfil de ALIBABA_CLOUD_PROFILE)
  Segredos nunca são aceitos como argumentos de linha de comando.

Saída: --format json mostra um array de registros (show, edit, delete: um objeto,
  o de delete com status &quot;deleted&quot;) com as chaves
  id product instance name status status_raw kind trigger method start end expire
  size_bytes databases internal_url external_url checksum files extra
  (instances: id name product region status status_raw engine extra); null quando
  desconhecido; internal_url/external_url (também em files) null sem --with-urls;
  horários em ISO-8601 UTC. csv tem as mesmas colunas (valores aninhados como texto JSON).

Códigos de saída:
  0 sucesso, 1 erro de uso, 2 o provedor respondeu com um erro, 3 falha de rede
  ou TLS, 4 a verificação do download falhou, 5 credenciais ausentes ou rejeitadas,
  6 um arquivo local não pôde ser gravado, 7 check encontrou uma instância em alerta,
  8 check encontrou uma instância crítica, 9 sync não conseguiu copiar todos os
  backups que selecionou, 10 outro sync detém a trava do destino, 130 interrompido
  (um download deixa um .part retomável; execute o mesmo comando novamente para
  continuar)

Exemplos:
  backup-browser-cli --sandbox instances --product tencent-sqlserver
  backup-browser-cli backups --product alibaba-rds --instance rm-xxxx --since 7d --format csv
  backup-browser-cli download --product tencent-sqlserver --instance mssql-xxxx --backup 1234
</translation>
    </message>
    <message>
        <source>--format must be table, csv, json, or prometheus or nagios (check only), not &apos;%1&apos;</source>
        <translation>--format deve ser table, csv, json, ou prometheus ou nagios (só check), não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-age: &apos;%1&apos; is not a duration (use 26h, 2d, 90m or 1w), nor a product or instance with one (tencent-redis=2d, crs-xxxx=12h)</source>
        <translation>--max-age: &apos;%1&apos; não é uma duração (use 26h, 2d, 90m ou 1w), nem um produto ou instância com uma (tencent-redis=2d, crs-xxxx=12h)</translation>
    </message>
    <message>
        <source>--format nagios applies to &apos;check&apos; only</source>
        <translation>--format nagios vale apenas para &apos;check&apos;</translation>
    </message>
    <message>
        <source>--format nagios writes to standard output: leave out --output</source>
        <translation>--format nagios escreve na saída padrão: omita --output</translation>
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
                      (check) o mesmo para um produto (tencent-redis=2d) ou uma
                      instância (crs-xxxx=12h); pode repetir. Vale o mais específico;
                      o de uma instância vale também acima da política dela
  --format nagios     (check) uma linha na saída padrão e o código de saída de plugin
                      do Nagios: 0 OK, 1 alerta, 2 crítico, 3 desconhecido (o check
                      não pôde rodar, o motivo está na linha)
</translation>
    </message>
    <message>
        <source>--max-age: &apos;%1&apos; is too long an instance id, or too many instances have one</source>
        <translation>--max-age: &apos;%1&apos; é longo demais para um id de instância, ou instâncias demais já têm um</translation>
    </message>
    <message>
        <source>sync --kind must be full, log or all, not &apos;%1&apos;</source>
        <translation>sync --kind deve ser full, log ou all, não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs a whole number from 1 to %2, not &apos;%3&apos;</source>
        <translation>%1 precisa de um número inteiro de 1 a %2, não &apos;%3&apos;</translation>
    </message>
    <message>
        <source>sync --rules takes the rules from the file: leave out --dest, --product, --instance, --newest, --days, --kind and --no-prune</source>
        <translation>sync --rules lê as regras do arquivo: deixe de fora --dest, --product, --instance, --newest, --days, --kind e --no-prune</translation>
    </message>
    <message>
        <source>a one-rule &apos;sync&apos; needs --dest DIR and --product P (without them, the rules file beside the settings, or --rules FILE)</source>
        <translation>um &apos;sync&apos; de uma única regra precisa de --dest DIR e --product P (sem eles, vale o arquivo de regras ao lado das configurações, ou --rules FILE)</translation>
    </message>
    <message>
        <source>sync prints a table or JSON (--format json)</source>
        <translation>sync mostra uma tabela ou JSON (--format json)</translation>
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
Cópias externas:
  sync                mantém cópias locais verificadas dos backups que uma regra
                        seleciona: lista, planeja (buscar, manter, limpar, com os
                        motivos), busca o que falta (retomando arquivos .part),
                        registra cada cópia com seu CRC-64 em um catálogo em DIR,
                        remove as cópias locais que saíram da regra (nunca nada
                        na nuvem)
                        [--rules FILE] [--dry-run] [--verify] [--format json]
                        (FILE padrão: offsite.json ao lado das configurações), ou
                        uma única regra:
                        --dest DIR --product P [--instance ID]... [--newest N]
                        [--days D] [--kind full|log|all] [--network N] [--no-prune]
  --rules FILE        (sync) o arquivo de regras (JSON, docs/cli.md#sync)
  --dest DIR          (sync) a raiz do destino; o catálogo e a trava ficam em
                      DIR/.backup-browser
  --instance ID       (sync) um id de instância ou padrão de nome (prod-*); pode ser
                      repetida; sem ela, todas as instâncias
  --newest N          (sync) os N backups mais recentes por instância
  --days D            (sync) backups iniciados nos últimos D dias (sem ela: os
                      listados nos últimos 30 dias)
  --kind K            (sync) full (padrão), log ou all
  --no-prune          (sync) mantém as cópias locais que a regra não seleciona mais
  --dry-run           (sync) mostra o plano com os motivos; não altera nada
  --verify            (sync) relê cada cópia local, compara o tamanho e o CRC-64
                      com o catálogo e busca de novo as que forem diferentes
</translation>
    </message>
    <message>
        <source>  --rules FILE        (check) the offsite rules whose catalogues say which
                      instances have verified local copies (default: offsite.json
                      beside the settings, when it exists); an instance a rule
                      covers is a warning when its newest verified copy lags the
                      cloud&apos;s newest full backup by more than the expected age
</source>
        <translation>  --rules FILE        (check) as regras de cópia externa cujos catálogos dizem
                      quais instâncias têm cópias locais verificadas (padrão:
                      offsite.json ao lado das configurações, quando existe); uma
                      instância coberta por uma regra gera aviso quando sua cópia
                      verificada mais recente fica atrás do backup completo mais
                      recente da nuvem por mais que a idade esperada
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
Downloads por várias conexões:
  --connections N     (download) conexões por arquivo, 1-16 (padrão 4): um
                      arquivo de 16 MiB ou mais com tamanho exato vem em
                      intervalos de bytes por elas, cada um retomável; um
                      menor, por uma só
  --parallel-files N  (download) arquivos de um backup (arquivos por banco de
                      dados do SQL Server, shards do Redis) baixados ao mesmo
                      tempo, 1-8 (padrão 3); menos quando N vezes --connections
                      passaria das 16 conexões permitidas para um host. A linha
                      de progresso soma todos. Um arquivo que falha não
                      interrompe os outros: o comando termina quando todos
                      terminarem, com o código do primeiro arquivo com falha na
                      ordem do backup e nada na stdout
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
        <source>interrupted</source>
        <translation>interrompido</translation>
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
        <source>The backup is not deleted by the instance&apos;s retention policy; it stays until the instance itself is removed</source>
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
        <source>track: %1 has no job id to follow later; use create --wait</source>
        <translation>track: %1 não tem id de tarefa para acompanhar depois; use create --wait</translation>
    </message>
    <message>
        <source>track: %1</source>
        <translation>track: %1</translation>
    </message>
    <message>
        <source>--keep-until-instance-removed applies to %1 only</source>
        <translation>--keep-until-instance-removed se aplica apenas a %1</translation>
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
    <name>bb::DeleteCommand</name>
    <message>
        <source>%1 does not allow deleting backups through its API</source>
        <translation>%1 não permite excluir backups pela API</translation>
    </message>
    <message>
        <source>not deleting backup %1: there is no terminal to ask for confirmation on; pass --yes to delete it without a question</source>
        <translation>o backup %1 não foi excluído: não há terminal para pedir confirmação; passe --yes para excluí-lo sem perguntar</translation>
    </message>
    <message>
        <source>backup %1 cannot be deleted: %2</source>
        <translation>o backup %1 não pode ser excluído: %2</translation>
    </message>
    <message>
        <source>backup %1 was not deleted (not confirmed)</source>
        <translation>o backup %1 não foi excluído (não confirmado)</translation>
    </message>
    <message>
        <source>deleted backup %1 of instance %2</source>
        <translation>backup %1 da instância %2 excluído</translation>
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
    <message>
        <source>The provider gives no reason.</source>
        <translation>O provedor não informa o motivo.</translation>
    </message>
    <message>
        <source>The provider gives no reason beyond its status &quot;%1&quot;.</source>
        <translation>O provedor não informa motivo além do status &quot;%1&quot;.</translation>
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
    <name>bb::DownloadBatchProgress</name>
    <message>
        <source>%1 of %2 files done, %3 running</source>
        <translation>%1 de %2 arquivos concluídos, %3 em andamento</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Restam %1</translation>
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
        <source>download of %1 failed: %2</source>
        <translation>o download de %1 falhou: %2</translation>
    </message>
    <message>
        <source>(partial file kept: run the same command again to resume)</source>
        <translation>(arquivo parcial mantido: execute o mesmo comando novamente para continuar)</translation>
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
    <message>
        <source>files at once: %1, not %2 (%3 connections each, at most %4 to one host)</source>
        <translation>arquivos ao mesmo tempo: %1, não %2 (%3 conexões cada, no máximo %4 para um host)</translation>
    </message>
    <message>
        <source>%1 of %2 files could not be downloaded (see above)</source>
        <translation>%1 de %2 arquivos não puderam ser baixados (veja acima)</translation>
    </message>
    <message>
        <source>complete: %1</source>
        <translation>concluídos: %1</translation>
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
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Verified (CRC-64)</source>
        <translation>Verificado (CRC-64)</translation>
    </message>
    <message>
        <source>Verified (%1)</source>
        <translation>Verificado (%1)</translation>
    </message>
    <message>
        <source>Verified (size)</source>
        <translation>Verificado (tamanho)</translation>
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
        <source>Cannot save into &quot;%1&quot;: the folder does not exist or the name resolves outside it</source>
        <translation>Não é possível salvar em &quot;%1&quot;: a pasta não existe ou o nome aponta para fora dela</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists</source>
        <translation>&quot;%1&quot; já existe</translation>
    </message>
    <message>
        <source>No free file name for &quot;%1&quot; in &quot;%2&quot;</source>
        <translation>Nenhum nome de arquivo livre para &quot;%1&quot; em &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Not enough free space in &quot;%1&quot;: %2 more needed, %3 available</source>
        <translation>Espaço livre insuficiente em &quot;%1&quot;: faltam %2, disponível %3</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Não foi possível ler &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not get a download URL: %1</source>
        <translation>Não foi possível obter uma URL de download: %1</translation>
    </message>
    <message>
        <source>The provider gave no internal URL for &quot;%1&quot;</source>
        <translation>O provedor não forneceu URL interna para &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No internal URL; using the external URL</source>
        <translation>Sem URL interna; usando a URL externa</translation>
    </message>
    <message>
        <source>The provider gave no download URL for &quot;%1&quot;</source>
        <translation>O provedor não forneceu URL de download para &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link; refusing to write through it</source>
        <translation>&quot;%1&quot; é um link simbólico; gravação por ele recusada</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Não foi possível gravar &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot resize &quot;%1&quot;: %2</source>
        <translation>Não foi possível redimensionar &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The server ignored the resume request; starting over</source>
        <translation>O servidor ignorou o pedido de continuação; recomeçando</translation>
    </message>
    <message>
        <source>Cannot truncate &quot;%1&quot;: %2</source>
        <translation>Não foi possível truncar &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The server kept answering the wrong byte range</source>
        <translation>O servidor continuou respondendo o intervalo de bytes errado</translation>
    </message>
    <message>
        <source>The disk is full: &quot;%1&quot;</source>
        <translation>O disco está cheio: &quot;%1&quot;</translation>
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
        <source>The internal URL %1 is unreachable from this network (%2). Internal links only work inside the cloud&apos;s network; download over the external URL instead.</source>
        <translation>A URL interna %1 não é alcançável desta rede (%2). Links internos só funcionam dentro da rede da nuvem; baixe pela URL externa.</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>sem dados por %1 s</translation>
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
        <source>Cannot rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Não foi possível renomear &quot;%1&quot; para &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Cannot replace &quot;%1&quot;: %2</source>
        <translation>Não foi possível substituir &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The server answered the wrong byte range; starting over (attempt %1 of at most %2)</source>
        <translation>O servidor respondeu com o intervalo de bytes errado; recomeçando (tentativa %1 de no máximo %2)</translation>
    </message>
    <message>
        <source>The file host announces %1 bytes for &quot;%2&quot;, but the provider lists %3; nothing was kept</source>
        <translation>O servidor de arquivos anuncia %1 bytes para &quot;%2&quot;, mas o provedor informa %3; nada foi mantido</translation>
    </message>
    <message>
        <source>The file host sent more than the %1 bytes of &quot;%2&quot;; stopped there and removed the partial file</source>
        <translation>O servidor de arquivos enviou mais que os %1 bytes de &quot;%2&quot;; o download parou ali e o arquivo parcial foi removido</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>The file host&apos;s answer cannot be used: %1</source>
        <translation>A resposta do servidor de arquivos não pode ser usada: %1</translation>
    </message>
    <message>
        <source>The file host answered %1, a redirect that cannot be followed</source>
        <translation>O servidor de arquivos respondeu %1, um redirecionamento que não pode ser seguido</translation>
    </message>
    <message>
        <source>The file host answered %1 instead of the file</source>
        <translation>O servidor de arquivos respondeu %1 em vez do arquivo</translation>
    </message>
    <message>
        <source>Gave up after %1 failed attempts without progress (%2)%3</source>
        <translation>Desistiu após %1 tentativas com falha sem progresso (%2)%3</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s (attempt %3 of at most %4, %5 of %6 received)</source>
        <translation>%1; tentando novamente em %2 s (tentativa %3 de no máximo %4, %5 de %6 recebidos)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Gave up after %1 attempts: the file host keeps failing%2</source>
        <translation>Desistiu após %1 tentativas: o servidor de arquivos continua falhando%2</translation>
    </message>
    <message>
        <source>Gave up after fetching %1 for a file of %2: the file host keeps sending the same bytes%3</source>
        <translation>Desistiu após obter %1 para um arquivo de %2: o servidor de arquivos continua enviando os mesmos bytes%3</translation>
    </message>
    <message>
        <source>; the partial file (%1) is kept</source>
        <translation>; o arquivo parcial (%1) foi mantido</translation>
    </message>
    <message>
        <source>slower than %1/s for %2 s</source>
        <translation>mais lento que %1/s por %2 s</translation>
    </message>
    <message>
        <source>Size mismatch: received %1 bytes; the provider lists %2 (in whole KB: %3 to %4 would pass)</source>
        <translation>Tamanho divergente: recebidos %1 bytes; o provedor informa %2 (em KB inteiros: de %3 a %4 seria aceito)</translation>
    </message>
    <message>
        <source>Size mismatch: received %1 bytes; the provider lists %2</source>
        <translation>Tamanho divergente: recebidos %1 bytes; o provedor informa %2</translation>
    </message>
    <message>
        <source>Size mismatch: received %1 bytes; the file host announced %2</source>
        <translation>Tamanho divergente: recebidos %1 bytes; o servidor de arquivos anunciou %2</translation>
    </message>
    <message>
        <source>%1; the partial file was removed</source>
        <translation>%1; o arquivo parcial foi removido</translation>
    </message>
    <message>
        <source>The server does not serve byte ranges; using one connection</source>
        <translation>O servidor não atende intervalos de bytes; usando uma conexão</translation>
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
    <message>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancelar…</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar caminho</translation>
    </message>
    <message>
        <source>Connections (pause to change)</source>
        <translation>Conexões (pause para mudar)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexões</translation>
    </message>
</context>
<context>
    <name>bb::EditCommand</name>
    <message>
        <source>%1 does not allow editing a backup&apos;s description through its API</source>
        <translation>%1 não permite editar a descrição de um backup pela API</translation>
    </message>
    <message>
        <source>backup %1 cannot be edited: %2</source>
        <translation>o backup %1 não pode ser editado: %2</translation>
    </message>
</context>
<context>
    <name>bb::ErrorBanner</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the whole message, with its RequestId, for a support ticket</source>
        <translation>Copiar a mensagem inteira, com o RequestId, para um chamado de suporte</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fechar</translation>
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
        <translation>%1: não é possível guardar uma idade esperada de backup para ela (id longo demais, ou %2 instâncias já têm uma).</translation>
    </message>
    <message>
        <source>Local copies: %1</source>
        <translation>Cópias locais: %1</translation>
    </message>
</context>
<context>
    <name>bb::HealthJudge</name>
    <message>
        <source>Its backups could not be listed: %1</source>
        <translation>Não foi possível listar os backups da instância: %1</translation>
    </message>
    <message>
        <source>No successful full backup in the last %1 days.</source>
        <translation>Nenhum backup completo bem-sucedido nos últimos %1 dias.</translation>
    </message>
    <message>
        <source>The newest successful full backup is %1 old; one was expected every %2.</source>
        <translation>O backup completo bem-sucedido mais recente foi feito há %1; era esperado um a cada %2.</translation>
    </message>
    <message numerus="yes">
        <source>The newest full backup is %1, less than half the median %2 of the %n before it.</source>
        <translation>
            <numerusform>O backup completo mais recente tem %1, menos da metade da mediana de %2 do %n backup anterior.</numerusform>
            <numerusform>O backup completo mais recente tem %1, menos da metade da mediana de %2 dos %n backups anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <source>No successful log backup in the last %1 days; one was expected every %2.</source>
        <translation>Nenhum backup de log bem-sucedido nos últimos %1 dias; era esperado um a cada %2.</translation>
    </message>
    <message>
        <source>The newest log backup is %1 old; one was expected every %2.</source>
        <translation>O backup de log mais recente foi feito há %1; era esperado um a cada %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) failed in the last %1 days.</source>
        <translation>
            <numerusform>%n backup falhou nos últimos %1 dias.</numerusform>
            <numerusform>%n backups falharam nos últimos %1 dias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup %1 has been running for %2; this instance&apos;s backups usually take %3.</source>
        <translation>O backup %1 está em execução há %2; os backups desta instância costumam levar %3.</translation>
    </message>
    <message>
        <source>Backup %1 has been running for %2.</source>
        <translation>O backup %1 está em execução há %2.</translation>
    </message>
    <message>
        <source>Offsite rule %1 covers this instance, but no backup has a verified local copy.</source>
        <translation>A regra de cópia externa %1 cobre esta instância, mas nenhum backup tem cópia local verificada.</translation>
    </message>
    <message>
        <source>The newest verified local copy (rule %1) is of a backup %2 old, %3 older than the newest backup in the cloud; copies were expected within %4.</source>
        <translation>A cópia local verificada mais recente (regra %1) é de um backup com %2, %3 mais antigo que o backup mais recente na nuvem; esperavam-se cópias em até %4.</translation>
    </message>
</context>
<context>
    <name>bb::HealthOverviewDialog</name>
    <message>
        <source>%1 critical, %2 warning, %3 OK</source>
        <translation>%1 crítica(s), %2 em alerta, %3 OK</translation>
    </message>
    <message>
        <source>checking %1 of %2 instances…</source>
        <translation>verificando %1 de %2 instâncias…</translation>
    </message>
    <message>
        <source>Fleet health</source>
        <translation>Saúde das instâncias</translation>
    </message>
    <message>
        <source>Filter by instance, product, account, state or reason</source>
        <translation>Filtrar por instância, produto, conta, estado ou motivo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Expected backup age</source>
        <translation>Idade esperada do backup</translation>
    </message>
    <message>
        <source>Newest full backup of %1 at most this many hours old (0: its policy, product or every instance&apos;s threshold again):</source>
        <translation>O backup completo mais recente de %1 pode ter no máximo esta quantidade de horas (0: volta a usar a política dela, o limite do produto ou o de todas as instâncias):</translation>
    </message>
    <message>
        <source>Set expected backup age for this instance…</source>
        <translation>Definir a idade esperada do backup desta instância…</translation>
    </message>
    <message>
        <source>Fleet health thresholds…</source>
        <translation>Limites de saúde das instâncias…</translation>
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
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Backed up as expected.</source>
        <translation>Backups em dia, como esperado.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
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
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Newest full backup</source>
        <translation>Backup completo mais recente</translation>
    </message>
    <message>
        <source>Newest log backup</source>
        <translation>Backup de log mais recente</translation>
    </message>
    <message>
        <source>Failed (7 days)</source>
        <translation>Falhas (7 dias)</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Rule %1: the newest verified local copy is of the backup started %2</source>
        <translation>Regra %1: a cópia local verificada mais recente é do backup iniciado em %2</translation>
    </message>
    <message>
        <source>Rule %1: no verified local copy</source>
        <translation>Regra %1: nenhuma cópia local verificada</translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation>Cópia local</translation>
    </message>
</context>
<context>
    <name>bb::HealthThresholdsPage</name>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Same as every instance</source>
        <translation>Igual a todas as instâncias</translation>
    </message>
    <message>
        <source>How old the newest full backup of an instance may be before it is a warning (past twice that it is critical). An instance whose product publishes its backup policy is held to that policy, unless it has its own threshold below.</source>
        <translation>Quão antigo o backup completo mais recente de uma instância pode ser antes de virar um alerta (acima do dobro disso, fica crítico). Uma instância cujo produto publica a política de backup é avaliada por essa política, a menos que tenha um limite próprio abaixo.</translation>
    </message>
    <message>
        <source>Every instance:</source>
        <translation>Todas as instâncias:</translation>
    </message>
    <message>
        <source>Per product</source>
        <translation>Por produto</translation>
    </message>
    <message>
        <source>Per instance</source>
        <translation>Por instância</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>ID da instância</translation>
    </message>
    <message>
        <source>Expected age</source>
        <translation>Idade esperada</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
</context>
<context>
    <name>bb::HttpGetReply</name>
    <message>
        <source>Operation canceled</source>
        <translation>Operação cancelada</translation>
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
    <message>
        <source>The TLS connection to %1 ended without close_notify: the body may be cut short</source>
        <translation>A conexão TLS com %1 terminou sem close_notify: o corpo pode estar truncado</translation>
    </message>
    <message>
        <source>Cannot set up a connection to %1: %2</source>
        <translation>Não foi possível preparar uma conexão com %1: %2</translation>
    </message>
    <message>
        <source>Transfer from %1 failed: %2</source>
        <translation>A transferência de %1 falhou: %2</translation>
    </message>
</context>
<context>
    <name>bb::InstanceHealthProbe</name>
    <message>
        <source>%1: no backup policy, judged against the threshold: %2</source>
        <translation>%1: sem política de backup, avaliada pelo limite: %2</translation>
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
    <name>bb::LocalCopiesController</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incompleta</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompida</translation>
    </message>
    <message>
        <source>%1 %2: %3, %4 copied, %5 not copied, %6 removed</source>
        <translation>%1 %2: %3, %4 copiados, %5 não copiados, %6 removidos</translation>
    </message>
    <message>
        <source>Remove local copies</source>
        <translation>Remover cópias locais</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n local copy file(s) that fell out of the rules?</source>
        <translation>
            <numerusform>Remover %n arquivo de cópia local que saiu das regras?</numerusform>
            <numerusform>Remover %n arquivos de cópias locais que saíram das regras?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the local files go; the backups in the cloud are not touched.</source>
        <translation>Só os arquivos locais são removidos; os backups na nuvem não são tocados.</translation>
    </message>
    <message>
        <source>Run and remove</source>
        <translation>Executar e remover</translation>
    </message>
    <message>
        <source>rule %1: no account for %2</source>
        <translation>regra %1: nenhuma conta para %2</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>regra %1: %2</translation>
    </message>
    <message>
        <source>account: %1 is an account of %2, but %3 is a product of %4</source>
        <translation>account: %1 é uma conta da %2, mas %3 é um produto da %4</translation>
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
        <translation>Executar &amp;agora</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <source>Local copies</source>
        <translation>Cópias locais</translation>
    </message>
    <message>
        <source>Last runs:</source>
        <translation>Últimas execuções:</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) from %1</source>
        <translation>
            <numerusform>%n regra de %1</numerusform>
            <numerusform>%n regras de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add rule…</source>
        <translation>Adi&amp;cionar regra…</translation>
    </message>
    <message>
        <source>&amp;Edit rule…</source>
        <translation>&amp;Editar regra…</translation>
    </message>
    <message>
        <source>Re&amp;move rule…</source>
        <translation>Re&amp;mover regra…</translation>
    </message>
    <message>
        <source>Local copies:</source>
        <translation>Cópias locais:</translation>
    </message>
    <message>
        <source>No rules: Add rule… writes them to %1, the file `sync` reads (see docs/cli.md, &quot;Sync&quot;).</source>
        <translation>Nenhuma regra: Adicionar regra… as grava em %1, o arquivo que o `sync` lê (veja docs/cli.md, &quot;Sync&quot;).</translation>
    </message>
    <message>
        <source>The rule %1 is no longer in the rules file; nothing was saved.</source>
        <translation>A regra %1 não está mais no arquivo de regras; nada foi salvo.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvo.</translation>
    </message>
    <message>
        <source>Removed the rule %1; its local copies stay.</source>
        <translation>A regra %1 foi removida; as cópias locais dela permanecem.</translation>
    </message>
    <message>
        <source>The rule %1 is no longer in the rules file; nothing was removed.</source>
        <translation>A regra %1 não está mais no arquivo de regras; nada foi removido.</translation>
    </message>
</context>
<context>
    <name>bb::LocalCopiesModel</name>
    <message numerus="yes">
        <source>%n copy(ies) failed verification; the next run fetches them again</source>
        <translation>
            <numerusform>%n cópia falhou na verificação; a próxima execução a busca de novo</numerusform>
            <numerusform>%n cópias falharam na verificação; a próxima execução as busca de novo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrupt</source>
        <translation>
            <numerusform>%n corrompida</numerusform>
            <numerusform>%n corrompidas</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instância</translation>
    </message>
    <message>
        <source>Newest local copy</source>
        <translation>Cópia local mais recente</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
</context>
<context>
    <name>bb::LocalCopyIndex</name>
    <message>
        <source>rule %1: %2</source>
        <translation>regra %1: %2</translation>
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
        <source>Download over the cloud&apos;s internal network (same region only)</source>
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
        <translation>
            <numerusform>%n linha exportada para %1</numerusform>
            <numerusform>%n linhas exportadas para %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancelar exportação</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando para %1…</translation>
    </message>
    <message>
        <source>Creating a backup of %1: %2%</source>
        <translation>Criando um backup de %1: %2%</translation>
    </message>
    <message>
        <source>Creating a backup of %1…</source>
        <translation>Criando um backup de %1…</translation>
    </message>
    <message>
        <source>Save downloads in</source>
        <translation>Salvar downloads em</translation>
    </message>
    <message>
        <source>No download folder was chosen; nothing was downloaded.</source>
        <translation>Nenhuma pasta de download foi escolhida; nada foi baixado.</translation>
    </message>
    <message>
        <source>%1 is critical: %2</source>
        <translation>%1 está crítica: %2</translation>
    </message>
    <message>
        <source>Backup health</source>
        <translation>Saúde dos backups</translation>
    </message>
    <message>
        <source>&amp;Fleet health…</source>
        <translation>&amp;Saúde das instâncias…</translation>
    </message>
    <message>
        <source>%1 is not in the account tree yet: refresh the tree and try again.</source>
        <translation>%1 ainda não está na árvore de contas: atualize a árvore e tente de novo.</translation>
    </message>
    <message>
        <source>&amp;Local copies…</source>
        <translation>Cópias &amp;locais…</translation>
    </message>
</context>
<context>
    <name>bb::NagiosWriter</name>
    <message>
        <source>no instance to check</source>
        <translation>nenhuma instância a verificar</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) checked, all OK</source>
        <translation>
            <numerusform>%n instância verificada, tudo OK</numerusform>
            <numerusform>%n instâncias verificadas, todas OK</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 critical, %2 warning, %3 OK</source>
        <translation>%1 crítica(s), %2 em alerta, %3 OK</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>mais %n</numerusform>
            <numerusform>mais %n</numerusform>
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
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>INSTÂNCIA</translation>
    </message>
    <message>
        <source>FULL AGE</source>
        <translation>IDADE DO COMPLETO</translation>
    </message>
    <message>
        <source>FAILED 7D</source>
        <translation>FALHAS 7 DIAS</translation>
    </message>
    <message>
        <source>REASONS</source>
        <translation>MOTIVOS</translation>
    </message>
    <message>
        <source>LOCAL COPY AGE</source>
        <translation>IDADE DA CÓPIA LOCAL</translation>
    </message>
</context>
<context>
    <name>bb::PagedListing</name>
    <message>
        <source>The request could not be sent.</source>
        <translation>A requisição não pôde ser enviada.</translation>
    </message>
    <message>
        <source>Page %1 of the listing holds %2 rows, more than the %3 asked for; the answer is not trusted.</source>
        <translation>A página %1 da listagem contém %2 linhas, mais que as %3 solicitadas; a resposta não é confiável.</translation>
    </message>
    <message>
        <source>The listing was stopped at page %1: its answers passed %2 bytes (%3 received), the limit for one listing; narrow the time window or the filters.</source>
        <translation>A listagem foi interrompida na página %1: as respostas passaram de %2 bytes (%3 recebidos), o limite de uma listagem; restrinja o intervalo de tempo ou os filtros.</translation>
    </message>
    <message>
        <source>The listing was stopped at page %1: it passed %2 rows (%3 received), the limit for one listing; narrow the time window or the filters.</source>
        <translation>A listagem foi interrompida na página %1: passou de %2 linhas (%3 recebidas), o limite de uma listagem; restrinja o intervalo de tempo ou os filtros.</translation>
    </message>
</context>
<context>
    <name>bb::ParallelRanges</name>
    <message>
        <source>the file host sent more than the file&apos;s size</source>
        <translation>o servidor de arquivos enviou mais que o tamanho do arquivo</translation>
    </message>
    <message>
        <source>the file host answered another byte range</source>
        <translation>o servidor de arquivos respondeu outro intervalo de bytes</translation>
    </message>
    <message>
        <source>the file host ignored the range of a parallel connection</source>
        <translation>o servidor de arquivos ignorou o intervalo de uma conexão paralela</translation>
    </message>
    <message>
        <source>the connection closed %1 bytes before the end of its range</source>
        <translation>a conexão fechou %1 bytes antes do fim do seu intervalo</translation>
    </message>
    <message>
        <source>range at byte %1 was not written whole</source>
        <translation>o intervalo no byte %1 não foi gravado por inteiro</translation>
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
    <name>bb::PolicyExpectation</name>
    <message>
        <source>full backups on %1</source>
        <translation>backups completos em %1</translation>
    </message>
    <message>
        <source>full backups on %1 at %2</source>
        <translation>backups completos em %1 às %2</translation>
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
    <message>
        <source>RDS marks this backup set unavailable (IsAvail 0).</source>
        <translation>O RDS marca este conjunto de backup como indisponível (IsAvail 0).</translation>
    </message>
    <message>
        <source>RDS deletes backups only of MySQL and PostgreSQL instances; this one runs %1.</source>
        <translation>O RDS só exclui backups de instâncias MySQL e PostgreSQL; esta executa %1.</translation>
    </message>
    <message>
        <source>RDS keeps this backup set: its StoreStatus is Disabled, and only sets RDS marks Enabled can be deleted (for example, sets still needed for point-in-time restore).</source>
        <translation>O RDS mantém este conjunto de backup: o StoreStatus dele é Disabled, e só podem ser excluídos os conjuntos que o RDS marca como Enabled (por exemplo, conjuntos ainda necessários para restauração pontual).</translation>
    </message>
    <message>
        <source>archive storage</source>
        <translation>armazenamento de arquivamento</translation>
    </message>
    <message>
        <source>regular storage</source>
        <translation>armazenamento padrão</translation>
    </message>
    <message>
        <source>PreferredBackupPeriod holds &apos;%1&apos;, which is no weekday</source>
        <translation>PreferredBackupPeriod contém &apos;%1&apos;, que não é um dia da semana</translation>
    </message>
    <message>
        <source>PreferredBackupPeriod is missing or empty</source>
        <translation>PreferredBackupPeriod está ausente ou vazio</translation>
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
        <source>The task status &quot;%1&quot; is not one the API documents.</source>
        <translation>O status de tarefa &quot;%1&quot; não está documentado na API.</translation>
    </message>
    <message>
        <source>The answer names no weekday in WeekDays.</source>
        <translation>A resposta não indica nenhum dia da semana em WeekDays.</translation>
    </message>
</context>
<context>
    <name>bb::RuleEditorDialog</name>
    <message>
        <source>No limit</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Ilimitado</translation>
    </message>
    <message>
        <source>&amp;Remove local copies the rule no longer selects</source>
        <translation>Remover cópias &amp;locais que a regra não seleciona mais</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <source>Offsite rule</source>
        <translation>Regra de cópia externa</translation>
    </message>
    <message>
        <source>Offsite rule %1</source>
        <translation>Regra de cópia externa %1</translation>
    </message>
    <message>
        <source>Command-line credentials (here: the first account with the product)</source>
        <translation>Credenciais da linha de comando (aqui: a primeira conta com o produto)</translation>
    </message>
    <message>
        <source>%1 (not an account here)</source>
        <translation>%1 (não é uma conta aqui)</translation>
    </message>
    <message>
        <source>Full backups</source>
        <translation>Backups completos</translation>
    </message>
    <message>
        <source>Log backups</source>
        <translation>Backups de log</translation>
    </message>
    <message>
        <source>Full and log backups</source>
        <translation>Backups completos e de log</translation>
    </message>
    <message>
        <source>External (public internet)</source>
        <translation>Externa (internet pública)</translation>
    </message>
    <message>
        <source>Internal (inside the cloud&apos;s network)</source>
        <translation>Interna (dentro da rede da nuvem)</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>the account&apos;s regions</source>
        <translation>as regiões da conta</translation>
    </message>
    <message>
        <source>every instance; or ids and name patterns (prod-*), by commas or lines</source>
        <translation>todas as instâncias; ou ids e padrões de nome (prod-*), separados por vírgulas ou linhas</translation>
    </message>
    <message>
        <source>Which backups</source>
        <translation>Quais backups</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Conta:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produto:</translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation>Re&amp;giões:</translation>
    </message>
    <message>
        <source>&amp;Instances:</source>
        <translation>&amp;Instâncias:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>N&amp;ewest per instance:</source>
        <translation>Mai&amp;s recentes por instância:</translation>
    </message>
    <message>
        <source>Started &amp;within (days):</source>
        <translation>Iniciados &amp;há no máximo (dias):</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>La&amp;yout:</translation>
    </message>
    <message>
        <source>For example:</source>
        <translation>Por exemplo:</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferência</translation>
    </message>
    <message>
        <source>Ne&amp;twork:</source>
        <translation>&amp;Rede:</translation>
    </message>
    <message>
        <source>C&amp;onnections (backups at once):</source>
        <translation>C&amp;onexões (backups ao mesmo tempo):</translation>
    </message>
    <message>
        <source>&amp;Bandwidth limit:</source>
        <translation>Limite de &amp;banda:</translation>
    </message>
    <message>
        <source>Local retention</source>
        <translation>Retenção local</translation>
    </message>
    <message>
        <source>Without counts, the selection above decides what stays.</source>
        <translation>Sem contagens, a seleção acima decide o que fica.</translation>
    </message>
    <message>
        <source>Keep the la&amp;st:</source>
        <translation>M&amp;anter os últimos:</translation>
    </message>
    <message>
        <source>Keep those within (days):</source>
        <translation>Manter os dos últimos (dias):</translation>
    </message>
    <message>
        <source>Always keep at least (&amp;minimum):</source>
        <translation>Sempre manter pelo menos (&amp;mínimo):</translation>
    </message>
    <message>
        <source>Daily:</source>
        <translation>Diários:</translation>
    </message>
    <message>
        <source>Weekly:</source>
        <translation>Semanais:</translation>
    </message>
    <message>
        <source>Monthly:</source>
        <translation>Mensais:</translation>
    </message>
    <message>
        <source>Yearly:</source>
        <translation>Anuais:</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Não é possível salvar: %1</translation>
    </message>
    <message>
        <source>The destination is relative: each program that runs the rule resolves it from its own working folder; choose an absolute folder to be sure.</source>
        <translation>O destino é relativo: cada programa que executa a regra o resolve a partir da própria pasta de trabalho; escolha uma pasta absoluta para ter certeza.</translation>
    </message>
    <message>
        <source>Keep local copies in</source>
        <translation>Manter cópias locais em</translation>
    </message>
    <message>
        <source>Connections per &amp;file:</source>
        <translation>Conexões por arq&amp;uivo:</translation>
    </message>
</context>
<context>
    <name>bb::RuleListModel</name>
    <message>
        <source>The rules file cannot be read; fix it first: %1</source>
        <translation>O arquivo de regras não pode ser lido; corrija-o primeiro: %1</translation>
    </message>
    <message>
        <source>name: &apos;%1&apos; names another rule too</source>
        <translation>name: &apos;%1&apos; também é o nome de outra regra</translation>
    </message>
    <message>
        <source>a rules file holds at most %1 rules</source>
        <translation>um arquivo de regras comporta no máximo %1 regras</translation>
    </message>
    <message>
        <source>no rule in row %1</source>
        <translation>nenhuma regra na linha %1</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read (another program or a person edited it); nothing was saved: Reload, then edit again</source>
        <translation>%1 mudou no disco desde que foi lido (outro programa ou uma pessoa o editou); nada foi salvo: use Recarregar e edite de novo</translation>
    </message>
    <message>
        <source>cannot remove the rules file %1: %2</source>
        <translation>não foi possível remover o arquivo de regras %1: %2</translation>
    </message>
    <message>
        <source>full</source>
        <translation>completos</translation>
    </message>
    <message>
        <source>log</source>
        <translation>log</translation>
    </message>
    <message>
        <source>full and log</source>
        <translation>completos e log</translation>
    </message>
    <message>
        <source>newest %1</source>
        <translation>%1 mais recentes</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>últimos %1</translation>
    </message>
    <message>
        <source>%1 daily</source>
        <translation>%1 diários</translation>
    </message>
    <message>
        <source>%1 weekly</source>
        <translation>%1 semanais</translation>
    </message>
    <message>
        <source>%1 monthly</source>
        <translation>%1 mensais</translation>
    </message>
    <message>
        <source>%1 yearly</source>
        <translation>%1 anuais</translation>
    </message>
    <message>
        <source>keep %1</source>
        <translation>manter %1</translation>
    </message>
    <message>
        <source>no pruning</source>
        <translation>sem limpeza</translation>
    </message>
    <message>
        <source>(command-line credentials)</source>
        <translation>(credenciais da linha de comando)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
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
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Fleet health</source>
        <translation>Saúde das instâncias</translation>
    </message>
    <message>
        <source>Connections per download:</source>
        <translation>Conexões por download:</translation>
    </message>
    <message>
        <source>Large files (16 MiB and more, with an exact size) are fetched in byte ranges over up to this many connections; smaller ones, and servers that refuse ranges, use one.</source>
        <translation>Arquivos grandes (16 MiB ou mais, com tamanho exato) são baixados em intervalos de bytes por até este número de conexões; os menores, e servidores que recusam intervalos, usam uma.</translation>
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
        <source>The answer has no usable FlowId.</source>
        <translation>A resposta não tem FlowId utilizável.</translation>
    </message>
    <message>
        <source>The answer has no Status.</source>
        <translation>A resposta não tem Status.</translation>
    </message>
    <message>
        <source>A backup in the answer has neither an Id nor a GroupId.</source>
        <translation>Um backup na resposta não tem Id nem GroupId.</translation>
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
        <source>StarRocks no longer lists it: it may have expired or been deleted.</source>
        <translation>O StarRocks não o lista mais: ele pode ter expirado ou sido excluído.</translation>
    </message>
</context>
<context>
    <name>bb::SyncCommand</name>
    <message>
        <source>no rules: write %1 (docs/cli.md#sync), or give --rules FILE, or --dest DIR and --product P for one rule</source>
        <translation>nenhuma regra: escreva %1 (docs/cli.md#sync), ou informe --rules FILE, ou --dest DIR e --product P para uma regra</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>regra %1: %2</translation>
    </message>
    <message>
        <source>rule %1 -&gt; %2</source>
        <translation>regra %1 -&gt; %2</translation>
    </message>
    <message>
        <source>would %1</source>
        <translation>faria %1</translation>
    </message>
    <message>
        <source>FAILED %1 %2 %3: %4</source>
        <translation>FALHOU %1 %2 %3: %4</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>removido %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erro: %1</translation>
    </message>
    <message>
        <source>summary: %1 fetched (%2), %3 failed, %4 pruned, %5 kept, %6 verified, %7 corrupt; %8 API calls in %9</source>
        <translation>resumo: %1 buscados (%2), %3 com falha, %4 limpos, %5 mantidos, %6 verificados, %7 corrompidos; %8 chamadas à API em %9</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>não foi possível gravar a saída: %1</translation>
    </message>
    <message>
        <source>interrupted: files being copied keep their .part; the next sync resumes them</source>
        <translation>interrompido: os arquivos sendo copiados mantêm seu .part; o próximo sync os retoma</translation>
    </message>
</context>
<context>
    <name>bb::SyncRun</name>
    <message>
        <source>the catalogue names %1, which is not inside %2; left alone</source>
        <translation>o catálogo cita %1, que não está dentro de %2; deixado como está</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>não foi possível remover %1</translation>
    </message>
    <message>
        <source>cannot create the destination %1</source>
        <translation>não foi possível criar o destino %1</translation>
    </message>
    <message>
        <source>another sync (process %1 on %2) is using %3; try again when it has ended</source>
        <translation>outro sync (processo %1 em %2) está usando %3; tente novamente quando ele terminar</translation>
    </message>
    <message numerus="yes">
        <source>the catalogue was missing: rebuilt from %n copy sidecar(s) on disk</source>
        <translation>
            <numerusform>o catálogo estava faltando: reconstruído a partir de %n arquivo sidecar de cópia no disco</numerusform>
            <numerusform>o catálogo estava faltando: reconstruído a partir de %n arquivos sidecar de cópias no disco</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not match the catalogue (size %2, CRC-64 %3; expected %4, %5)</source>
        <translation>%1 não corresponde ao catálogo (tamanho %2, CRC-64 %3; esperado %4, %5)</translation>
    </message>
    <message>
        <source>no region to list %1 in</source>
        <translation>nenhuma região em que listar %1</translation>
    </message>
    <message>
        <source>fetching %1 of %2 (%3)</source>
        <translation>buscando %1 de %2 (%3)</translation>
    </message>
    <message>
        <source>cannot make a folder named after the backup in %1</source>
        <translation>não foi possível criar uma pasta com o nome do backup em %1</translation>
    </message>
    <message>
        <source>(partial file kept: the next run resumes it)</source>
        <translation>(arquivo parcial mantido: a próxima execução o retoma)</translation>
    </message>
    <message>
        <source>copied %1</source>
        <translation>copiado %1</translation>
    </message>
    <message>
        <source>could not copy %1 of %2: %3</source>
        <translation>não foi possível copiar %1 de %2: %3</translation>
    </message>
    <message>
        <source>removed the local copy %1 (%2)</source>
        <translation>removida a cópia local %1 (%2)</translation>
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
        <source>The answer has no &quot;Response&quot; object</source>
        <translation>A resposta não tem objeto &quot;Response&quot;</translation>
    </message>
    <message>
        <source>The answer&apos;s &quot;Error&quot; is not an object</source>
        <translation>O &quot;Error&quot; da resposta não é um objeto</translation>
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
        <source>This computer&apos;s IP address is blocked for the account.</source>
        <translation>O endereço IP deste computador está bloqueado para a conta.</translation>
    </message>
    <message>
        <source>This computer&apos;s IP address is not on the account&apos;s allow list.</source>
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
        <source>The answer&apos;s TotalCount &quot;%1&quot; is not a plausible count.</source>
        <translation>O TotalCount &quot;%1&quot; da resposta não é uma contagem plausível.</translation>
    </message>
    <message>
        <source>The answer has %1 rows in one page, more than the API ever returns (%2).</source>
        <translation>A resposta tem %1 linhas em uma página, mais do que a API retorna (%2).</translation>
    </message>
    <message>
        <source>The answer has no list &quot;%1&quot; (or it is not a list).</source>
        <translation>A resposta não tem a lista &quot;%1&quot; (ou não é uma lista).</translation>
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
    <message>
        <source>Task %1 belongs to instance %2, not to this one.</source>
        <translation>A tarefa %1 pertence à instância %2, não a esta.</translation>
    </message>
</context>
<context>
    <name>bb::TencentService</name>
    <message>
        <source>&apos;%1&apos; is not a %2 (a positive integer the create call returned).</source>
        <translation>&apos;%1&apos; não é um %2 (um inteiro positivo retornado pela chamada de criação).</translation>
    </message>
    <message>
        <source>Following the backup</source>
        <translation>Acompanhando o backup</translation>
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
    <message>
        <source>%1 is not a SQL Server backup id: they are numbers, or %2&lt;GroupId&gt; for a backup kept as one file per database.</source>
        <translation>%1 não é um id de backup do SQL Server: eles são números, ou %2&lt;GroupId&gt; para um backup mantido como um arquivo por banco de dados.</translation>
    </message>
</context>
<context>
    <name>bb::TimelineChart</name>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Select an instance to see its backups over time</source>
        <translation>Selecione uma instância para ver seus backups ao longo do tempo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
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
        <source>Profile &quot;%1&quot; was not found or is not usable in ~/.aliyun/config.json.</source>
        <translation>O perfil &quot;%1&quot; não foi encontrado ou não é utilizável em ~/.aliyun/config.json.</translation>
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
        <source>%1, profile &quot;%2&quot; (%3%4)</source>
        <translation>%1, perfil &quot;%2&quot; (%3%4)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;backup-browser-cli --help&apos;.</source>
        <translation>Tente &apos;backup-browser-cli --help&apos;.</translation>
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
        <source>Use this language (e.g. zh_CN) instead of the settings&apos;.</source>
        <translation>Usa este idioma (ex.: zh_CN) em vez do das configurações.</translation>
    </message>
    <message>
        <source>Use this theme (system, light, dark) instead of the settings&apos;.</source>
        <translation>Usa este tema (system, light, dark) em vez do das configurações.</translation>
    </message>
    <message>
        <source>With --screenshot: the window&apos;s size, e.g. 1280x720.</source>
        <translation>Com --screenshot: o tamanho da janela, ex.: 1280x720.</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, e.g. 1280x720.</source>
        <translation>--size exige LARGURAxALTURA, ex.: 1280x720.</translation>
    </message>
    <message>
        <source>With --screenshot: instance, account, failed, failed-24h, health or local-copies.</source>
        <translation>Com --screenshot: instance, account, failed, failed-24h, health ou local-copies.</translation>
    </message>
</context>
</TS>
