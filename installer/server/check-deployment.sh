#!/bin/sh
# Checks the documented firm deployment (docs/deploy.md) on this machine, on loopback, as root:
#   podman build --format docker -f installer/server/Containerfile -t taxbox-server .   (first, from the repository root)
#   installer/server/check-deployment.sh
# A PostgreSQL cluster (Debian's postgresql, on the host) with a role and a database for taxbox; two containers of the
# image on it, sharing the keys volume, with the pgpass secret; HAProxy (Debian's) with the shipped haproxy.cfg and
# TLS — only the node addresses and the certificate path changed. Then: an account made on node 1 signs in through
# HAProxy, its token is accepted by both nodes, node 1 is killed and HAProxy still answers from node 2, and node 2
# stops on SIGTERM in order. Not in CI: it needs podman and the image (which needs a Debian 12 base image).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
work=$(mktemp -d /tmp/taxbox-deploy.XXXXXX)
chmod 755 "$work"
cleanup() {
    [ -f "$work/haproxy.pid" ] && kill "$(cat "$work/haproxy.pid")" 2>/dev/null || true
    podman rm -f taxbox-check-node1 taxbox-check-node2 >/dev/null 2>&1 || true
    podman secret rm taxbox-check-pgpass >/dev/null 2>&1 || true
    podman volume rm -f taxbox-check-keys >/dev/null 2>&1 || true
    su postgres -s /bin/sh -c "$pgbin/pg_ctl -D $work/pg/data stop -m fast" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
port=55432
openssl rand -hex 16 > "$work/admin"
chmod 644 "$work/admin"
install -d -o postgres -m 0700 "$work/pg" # the cluster, its socket and its log
su postgres -s /bin/sh -c "$pgbin/initdb -D $work/pg/data -A scram-sha-256 --pwfile=$work/admin -U postgres" >"$work/initdb.log" 2>&1
su postgres -s /bin/sh -c "$pgbin/pg_ctl -D $work/pg/data -o '-p $port -k $work/pg -c listen_addresses=127.0.0.1' -l $work/pg/log start -w" >/dev/null
PGPASSWORD=$(cat "$work/admin") && export PGPASSWORD
openssl rand -hex 16 > "$work/db_password"
psql -h 127.0.0.1 -p $port -U postgres -q -c "create role taxbox login password '$(cat "$work/db_password")'" \
    -c "create database taxbox owner taxbox"
unset PGPASSWORD
printf '127.0.0.1:%s:taxbox:taxbox:%s\n' $port "$(cat "$work/db_password")" > "$work/pgpass"
podman secret create taxbox-check-pgpass "$work/pgpass" >/dev/null
podman volume create taxbox-check-keys >/dev/null
for n in 1 2; do
    podman run -d --name taxbox-check-node$n --network host -e TAXBOX_LISTEN=127.0.0.1:1808$n \
        -e TAXBOX_DATABASE=postgresql://taxbox@127.0.0.1:$port/taxbox -e PGPASSFILE=/run/secrets/pgpass \
        --secret taxbox-check-pgpass,target=pgpass,mode=0400,uid=999 -v taxbox-check-keys:/var/lib/taxbox-server \
        localhost/taxbox-server:latest >/dev/null
    # node 2 starts once node 1 answers (compose: depends_on service_healthy), so one key is made.
    for _ in $(seq 1 50); do curl -fsS http://127.0.0.1:1808$n/api/v1/health >/dev/null 2>&1 && break; sleep 0.2; done
    curl -fsS http://127.0.0.1:1808$n/api/v1/health >/dev/null
    echo "node $n: healthy"
done
echo "node 1 runs as: $(podman exec taxbox-check-node1 id -un); its pgpass: $(podman exec taxbox-check-node1 stat -c '%a %U' /run/secrets/pgpass)"
test "$(podman exec taxbox-check-node1 sh -c 'env | grep -ci password || true')" = 0
echo "no password in a node's environment"
openssl req -x509 -newkey ed25519 -nodes -subj /CN=taxbox.test -addext subjectAltName=IP:127.0.0.1 \
    -keyout "$work/key.pem" -out "$work/cert.pem" -days 2 2>/dev/null
cat "$work/cert.pem" "$work/key.pem" > "$work/taxbox.pem"
sed -e "s|bind :8443 ssl crt /usr/local/etc/haproxy/certs/taxbox.pem|bind 127.0.0.1:18443 ssl crt $work/taxbox.pem|" \
    -e 's|server node1 node1:8080|server node1 127.0.0.1:18081|' -e 's|server node2 node2:8080|server node2 127.0.0.1:18082|' \
    "$here/haproxy.cfg" > "$work/haproxy.cfg"
haproxy -c -q -f "$work/haproxy.cfg"
haproxy -D -f "$work/haproxy.cfg" -p "$work/haproxy.pid"
sleep 1.5
tls() { curl -fsS --cacert "$work/cert.pem" "$@"; }
tls https://127.0.0.1:18443/api/v1/health >/dev/null
echo "through HAProxy, TLS verified: healthy"
password=$(openssl rand -hex 12)
podman exec -e TAXBOX_PASSWORD="$password" taxbox-check-node1 taxbox-server --data /var/lib/taxbox-server account add 王会计 >/dev/null 2>&1
token=$(tls -H 'Content-Type: application/json' -d "{\"name\":\"王会计\",\"password\":\"$password\"}" \
    https://127.0.0.1:18443/api/v1/auth/login | python3 -c 'import json,sys;print(json.load(sys.stdin)["access_token"])')
for n in 1 2; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" http://127.0.0.1:1808$n/api/v1/square/packages)
    test "$code" = 200
    echo "the token signed through HAProxy is accepted by node $n"
done
podman kill taxbox-check-node1 >/dev/null
sleep 2
code=$(curl -s -o /dev/null -w '%{http_code}' --cacert "$work/cert.pem" -H "Authorization: Bearer $token" \
    https://127.0.0.1:18443/api/v1/square/packages)
test "$code" = 200
echo "node 1 killed: HAProxy answers from node 2, signed in"
test "$(podman run --rm -v taxbox-check-keys:/k --entrypoint ls localhost/taxbox-server -A /k)" = server-token-key
echo "the keys volume holds the one signing key"
start=$(date +%s%N)
podman stop -t 10 taxbox-check-node2 >/dev/null
elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
test "$(podman inspect taxbox-check-node2 --format '{{.State.ExitCode}}')" = 0
test $elapsed -lt 5000
echo "node 2 stopped on SIGTERM in order: exit 0 after $elapsed ms"
echo "deployment check passed"
