import type { Redis } from 'ioredis';
import type { Config } from '../config.js';
import { MemoryVersionRepository } from '../content-store/memory-versions.js';
import { RedisVersionRepository } from '../content-store/redis-versions.js';
import type { VersionRepository } from '../content-store/versions.js';
import { fromRoot } from '../paths.js';
import type { AccountStore } from './accounts.js';
import type { AuditLog } from './audit-log.js';
import { FileAccountStore } from './file-accounts.js';
import { MemoryAuditLog } from './memory-audit-log.js';
import { RedisAccountStore } from './redis-accounts.js';
import { RedisAuditLog } from './redis-audit-log.js';

export interface AdminStorage {
  accounts: AccountStore;
  audit: AuditLog;
  versions: VersionRepository;
}

/** Redis when configured (shared by every instance and the command-line scripts); otherwise memory, and accounts in a file. */
export function openAdminStorage(config: Readonly<Config>, redis?: Redis): AdminStorage {
  if (redis) {
    return {
      accounts: new RedisAccountStore(redis, config.redisPrefix),
      audit: new RedisAuditLog(redis, config.redisPrefix),
      versions: new RedisVersionRepository(redis, config.redisPrefix),
    };
  }
  return {
    accounts: new FileAccountStore(fromRoot(config.admin.usersFile)),
    audit: new MemoryAuditLog(),
    versions: new MemoryVersionRepository(),
  };
}
