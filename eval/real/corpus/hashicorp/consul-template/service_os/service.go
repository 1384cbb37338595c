


package service_os








