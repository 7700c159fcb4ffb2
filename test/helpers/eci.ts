/** Seed 003's createContainerGroup request example, verbatim. */
export const SEED_003_EXAMPLE = {
  containerGroupName: 'cg-test',
  cpu: 1,
  memory: 1,
  restartPolicy: 'Never',
  vpcId: 'vpc-ctt6yag121',
  vSwitchId: 'subnet-y9n723knrg',
  securityGroupId: 'sg-5bvqyvrmch',
  azInfo: [{ azName: 'cn-huadong1-jsnj1A-public-ctcloud' }],
  containers: [
    {
      name: 'test',
      cpu: 1,
      memory: 1,
      image: 'nginx:latest',
      imagePullPolicy: 'IfNotPresent',
      environmentVar: [{ key: 'hello', value: 'world' }],
      readinessProbe: {
        exec: { command: ['curl', 'localhost:80'] },
        initialDelaySeconds: 10,
        timeoutSeconds: 10,
        periodSeconds: 10,
        successThreshold: 1,
        failureThreshold: 1,
      },
      volumeMount: [{ name: 'test-volume', mountPath: '/test-volume' }],
    },
  ],
  volumes: [
    {
      name: 'test-volume',
      type: 'ConfigFileVolume',
      configFileVolume: { configFileToPaths: [{ path: 'test/xxx.conf', content: 'd29vZHM=' }] },
    },
  ],
};

/** The same example as Pulumi inputs: repeated blocks carry the SDK's plural names. */
export const SEED_003_PULUMI = {
  ...SEED_003_EXAMPLE,
  containers: SEED_003_EXAMPLE.containers.map(({ environmentVar, volumeMount, ...rest }) => ({
    ...rest,
    environmentVars: environmentVar,
    volumeMounts: volumeMount,
  })),
};
