#!/usr/bin/env python3
# Start-up profile by built-in module, in instructions (callgrind).
#   make BUILD=build-prof CFLAGS=-DLODE_PROFILE_NATIVES
#   LODE=build-prof/lode python3 tools/startup-profile.py -e 0
# Prints, per built-in module evaluated, its own cost and the cost including the modules it
# required, plus the phases [bootstrap] and [runMain]. More marks: in lib/ code,
# `internalBinding('natives').mark?.('B [name]')` ... `mark?.('E [name]')` (profile builds only).
import sys,glob,re,subprocess,os,tempfile
d=tempfile.mkdtemp()
lode=os.environ.get('LODE','build-prof/lode')
for f in glob.glob(d+'/*'): os.remove(f)
subprocess.run(['valgrind','--tool=callgrind','--callgrind-out-file='+d+'/cg.out',lode]+sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL)
files=glob.glob(d+'/cg.out*')
def key(f):
    m=re.search(r'\.(\d+)$',f); return int(m.group(1)) if m else 10**9
parts=[]
for f in sorted(files,key=key):
    desc='';tot=0
    with open(f) as fh:
        for line in fh:
            if line.startswith('desc: Trigger:'): desc=line.strip()
            elif line.startswith('totals:') or line.startswith('summary:'): tot=int(line.split()[1])
    parts.append((desc,tot))
# part i cost is the cost between previous dump and this one; desc is trigger at its end
stack=[];res={};order=[];toplevel=0;t=0
for desc,tot in parts:
    m=re.search(r'Client Request: ([BE]) (\S+)',desc)
    if stack: stack[-1][1]+=tot
    else: toplevel+=tot
    if m:
        kind,id=m.groups()
        if kind=='B':
            if stack: pass
            stack.append([id,0,0])  # id, exclusive, inclusive-children
        else:
            id2,exc,ch=stack.pop()
            res[id2]=(exc,exc+ch); order.append(id2)
            if stack: stack[-1][2]+=exc+ch
    t+=tot
print('total %d  outside modules %d'%(t,toplevel))
for f in files: os.remove(f)
os.rmdir(d)
for id in order:
    print('%-45s excl %8.2fM incl %8.2fM'%(id,res[id][0]/1e6,res[id][1]/1e6))
